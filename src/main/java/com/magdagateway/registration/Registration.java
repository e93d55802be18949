package com.magdagateway.registration;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's registration with MAGDA as the REST contract presents it after a registration or deregistration. */
public record Registration(
        @Schema(description = "INSZ of the registered person", example = "87671210189") String insz,
        @Schema(description = "true after a registration, false after a deregistration") boolean registered,
        @Schema(implementation = String.class, format = "date", nullable = true, example = "2026-02-28",
                description = "End of the registration: null when registered without end, "
                        + "otherwise two years after the effective date of the deregistration") LocalDate endDate) {
}
