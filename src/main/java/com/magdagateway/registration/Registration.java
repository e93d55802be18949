package com.magdagateway.registration;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's registration with MAGDA as the REST contract presents it after a registration or deregistration. */
public record Registration(
        @Schema(description = "INSZ of the registered person", example = "87671210189") String insz,
        @Schema(description = "true after a registration (or while another link keeps the person registered), "
                + "false after a deregistration") boolean registered,
        @Schema(implementation = String.class, format = "date", nullable = true, example = "2026-02-28",
                description = "End of the registration: null when registered without end, "
                        + "otherwise two years after the effective date of the deregistration") LocalDate endDate,
        @Schema(nullable = true, description = "What this call did to the MAGDA registration: REGISTERED or "
                + "DEREGISTERED (MAGDA was called), KEPT (no MAGDA call: the person stays registered through another "
                + "active employee link, which is not named), UNCHANGED (a non-employee link: no MAGDA call)")
        MagdaRegistration magdaRegistration) {

    /** What a registration call did at MAGDA. */
    public enum MagdaRegistration {
        REGISTERED, DEREGISTERED, KEPT, UNCHANGED
    }

    /** MAGDA's confirmation as an adapter reports it; the ledger says what it meant. */
    public Registration(String insz, boolean registered, LocalDate endDate) {
        this(insz, registered, endDate, null);
    }

    public Registration with(MagdaRegistration what) {
        return new Registration(insz, registered, endDate, what);
    }
}
