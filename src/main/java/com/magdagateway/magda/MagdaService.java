package com.magdagateway.magda;

/** The MAGDA services the gateway wraps; the name doubles as CXF client name, breaker name and audit label. */
public enum MagdaService {
    GEEF_PERSOON("GeefPersoon", "02.02.0000"),
    GEEF_GEZINSSAMENSTELLING("GeefGezinssamenstelling", "02.02.0000"),
    GEEF_LOOPBAAN_ARZA("GeefLoopbaanARZA", "02.01.0000"),
    GEEF_WERKRELATIES("GeefWerkrelaties", "02.00.0000"),
    GEEF_DMFA_VOOR_WERKNEMER("GeefDmfaVoorWerknemer", "03.00.0000"),
    /** Asked by the mutation poller on the gateway's own account, never by a client. */
    GEEF_PERSOON_MUTATIES_NOTIFICATIES("GeefPersoonMutatiesNotificaties", "02.00.0000"),
    REGISTREER_INSCHRIJVING("RegistreerInschrijving", "02.01.0000", true),
    REGISTREER_UITSCHRIJVING("RegistreerUitschrijving", "02.00.0000", true);

    private final String serviceName;
    private final String version;
    private final boolean write;

    MagdaService(String serviceName, String version) {
        this(serviceName, version, false);
    }

    MagdaService(String serviceName, String version, boolean write) {
        this.serviceName = serviceName;
        this.version = version;
        this.write = write;
    }

    /** The role a caller needs: {@code register} for writes, {@code consult} for reads. */
    public String requiredRole() {
        return write ? "register" : "consult";
    }

    /** Whether the service changes state at MAGDA: such calls are never retried automatically. */
    public boolean isWrite() {
        return write;
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
