package com.magdagateway.link;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entity's link to a person, as the ledger holds it. */
@Schema(name = "PersonLink")
public record PersonLink(
        @Schema(description = "EMPLOYEE (werknemer) or NON_EMPLOYEE (niet-werknemer)") LinkRelation relation,
        @Schema(implementation = String.class, format = "date", example = "2026-01-05",
                description = "Start of the relation; may lie in the future (an appointment)") LocalDate from,
        @Schema(implementation = String.class, format = "date", nullable = true,
                description = "Effective date of the termination; null while the link is active") LocalDate endDate,
        @Schema(implementation = String.class, format = "date", nullable = true,
                description = "End of the two-year tail after endDate (lookups stay allowed until then for an employee)") LocalDate tailEnd,
        @Schema(description = "true while not ended (a future start included)") boolean active,
        @Schema(nullable = true, description = "MAGDA reference of the last RegistreerInschrijving this link caused") String registrationReference,
        @Schema(nullable = true, description = "MAGDA reference of the last RegistreerUitschrijving this link caused") String deregistrationReference) {

    /** Whether this link lets its entity look the person up on {@code day}: an employee, active or inside its tail. */
    public boolean allowsLookupOn(LocalDate day) {
        return relation == LinkRelation.EMPLOYEE && (endDate == null || !tailEnd.isBefore(day));
    }
}
