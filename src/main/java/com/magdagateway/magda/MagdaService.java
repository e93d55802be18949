package com.magdagateway.magda;

/** The MAGDA services the gateway wraps; the name doubles as CXF client name, breaker name and audit label. */
public enum MagdaService {
    GEEF_PERSOON("GeefPersoon", "02.02.0000");

    private final String serviceName;
    private final String version;

    MagdaService(String serviceName, String version) {
        this.serviceName = serviceName;
        this.version = version;
    }

    /** The MAGDA service name as sent in {@code Context/Naam}. */
    public String serviceName() {
        return serviceName;
    }

    /** The MAGDA service version as sent in {@code Context/Versie}. */
    public String version() {
        return version;
    }
}
