package com.magdagateway.dimona;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's Dimona declarations (RSZ personnel register) as the REST contract presents them, ordered by start date;
 * dates are MAGDA's strings, incomplete ones included.
 */
@Schema(name = "Dimona")
public record Dimona(String insz, List<Declaration> declarations) {

    /** One declaration of employment; {@code to} is null while the employment is open-ended. */
    @Schema(name = "DimonaDeclaration")
    public record Declaration(String dimonaNumber, Employer employer, String from,
            @Schema(description = "Last day of employment; null when open-ended") String to, String jointCommittee,
            String workerType, boolean cancelled, LastAction lastAction) {
    }

    /** The employer by its RSZ/NSSO registration number and its enterprise (KBO) number. */
    @Schema(name = "DimonaEmployer")
    public record Employer(String nssoNumber, String enterpriseNumber) {
    }

    /** The last Dimona action on the declaration (e.g. {@code U} update, {@code A} cancellation). */
    @Schema(name = "DimonaLastAction")
    public record LastAction(String code, String description) {
    }
}
