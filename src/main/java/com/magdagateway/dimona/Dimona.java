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
    public record Declaration(@Schema(example = "300000000104") String dimonaNumber, Employer employer,
            @Schema(description = "First day of employment", example = "2023-04-01") String from,
            @Schema(description = "Last day of employment as declared (the planned end for a fixed-term, student or "
                    + "flexi job); null when open-ended", example = "2023-06-30") String to,
            @Schema(description = "Joint committee (paritair comité)", example = "200") String jointCommittee,
            @Schema(description = "Worker type as declared, e.g. OTH ordinary worker, STU student, FLX flexi-job, "
                    + "EXT occasional worker in horeca; unknown types are passed on", example = "STU") String workerType,
            boolean cancelled, LastAction lastAction,
            @Schema(description = "Which register holds the declaration: `RSZ` (national social security) or "
                    + "`DIBISS` (the former RSZPPO, provincial and local administrations), with MAGDA's description")
            Code origin,
            @Schema(description = "Start time, where the declaration gives one (flexi and occasional workers)",
                    example = "08:00") String fromTime,
            @Schema(description = "End time, where the declaration gives one", example = "17:00") String toTime,
            @Schema(description = "True when the worker type is STU (student under a solidarity contribution)")
            boolean student,
            @Schema(description = "True when the declaration names a temporary-work agency (interim)")
            boolean temporaryAgencyWork,
            @Schema(description = "The temporary-work agency; null unless `temporaryAgencyWork`") TemporaryAgency temporaryAgency,
            @Schema(description = "Service category (e.g. for students and flexi-jobs), with MAGDA's description")
            Code serviceCategory,
            @Schema(description = "Planned number of working days (students: days of the contingent)", example = "12")
            Integer plannedWorkingDays,
            @Schema(description = "Control card numbers (construction sector), when given") ControlCards controlCards,
            @Schema(description = "Where the work is done (plaats van tewerkstelling), when declared")
            EstablishmentUnit establishmentUnit,
            @Schema(description = "The worker as the declaration names them") Worker worker,
            @Schema(description = "When the declaration was created in the register", example = "2023-03-28T09:12:44")
            String createdAt,
            @Schema(description = "When the declaration was last changed in the register", example = "2023-05-02T14:03:10")
            String modifiedAt) {
    }

    /** The employer by its RSZ/NSSO registration number, its enterprise (KBO) number and its sub-unit. */
    @Schema(name = "DimonaEmployer")
    public record Employer(@Schema(example = "263987415") String nssoNumber,
            @Schema(example = "0412345614") String enterpriseNumber,
            @Schema(description = "Sub-unit of the employer (deelentiteit, e.g. a school or a department of a public "
                    + "employer); null when MAGDA gives none", example = "12") String subEntity) {
    }

    /** The last Dimona action on the declaration (e.g. {@code U} update, {@code A} cancellation). */
    @Schema(name = "DimonaLastAction")
    public record LastAction(@Schema(example = "U") String code, @Schema(example = "Wijziging") String description) {
    }

    /** A code with MAGDA's description of it, unknown codes included. */
    @Schema(name = "DimonaCode")
    public record Code(@Schema(example = "RSZ") String code,
            @Schema(example = "Rijksdienst voor sociale zekerheid") String description) {
    }

    /** The temporary-work agency through which the worker is employed. */
    @Schema(name = "DimonaTemporaryAgency")
    public record TemporaryAgency(@Schema(example = "Interim Vlaanderen") String name,
            @Schema(example = "051234567") String nssoNumber, @Schema(example = "0456789012") String enterpriseNumber,
            @Schema(description = "Joint committee of the agency", example = "322") String jointCommittee) {
    }

    /** The control card numbers of the first and of the next month. */
    @Schema(name = "DimonaControlCards")
    public record ControlCards(@Schema(example = "700000000011") String firstMonth,
            @Schema(example = "700000000012") String nextMonth) {
    }

    /** The place of employment: a name and an address. */
    @Schema(name = "DimonaEstablishmentUnit")
    public record EstablishmentUnit(@Schema(example = "Campus Noord") String name, Address address) {
    }

    /** An address as Dimona gives it; every part optional. */
    @Schema(name = "DimonaAddress")
    public record Address(@Schema(example = "Kerkstraat") String street,
            @Schema(description = "National register street code", example = "1234") String streetCode,
            @Schema(example = "12") String houseNumber, @Schema(example = "B") String box,
            @Schema(example = "2800") String postalCode, @Schema(example = "Mechelen") String municipality,
            @Schema(description = "NIS code of the municipality", example = "12025") String municipalityNisCode,
            @Schema(example = "BE") String countryIso, @Schema(description = "NIS code of the country", example = "150")
            String countryNisCode, @Schema(example = "België") String country) {
    }

    /** The worker as named in the declaration. */
    @Schema(name = "DimonaWorker")
    public record Worker(@Schema(example = "78631410106") String insz, @Schema(example = "Peeters") String lastName,
            @Schema(example = "An") String firstName,
            @Schema(description = "Whether the register validated the worker's identification; null when not given")
            Boolean identityValidated) {
    }
}
