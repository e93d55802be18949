package com.magdagateway.selfemployment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's self-employed career (RSVZ via KSZ) as the REST contract presents it, in MAGDA's order. */
@Schema(name = "SelfEmployment", description = "Affiliations with social insurance funds; empty when MAGDA knows no "
        + "self-employed career for the person.")
public record SelfEmployment(String insz, List<Affiliation> affiliations,
        @Schema(description = "Enterprise (KBO) number of the self-employed person; null when MAGDA gives none",
                example = "0712345678") String enterpriseNumber) {

    /** An affiliation with one social insurance fund and the career periods spent with it. */
    @Schema(name = "SelfEmploymentAffiliation")
    public record Affiliation(Fund fund, List<Career> careers) {
    }

    /** A social insurance fund for the self-employed (sociaal verzekeringsfonds). */
    @Schema(name = "SelfEmploymentFund")
    public record Fund(@Schema(description = "Three-digit fund number", example = "051") String code,
            @Schema(description = "Name of the fund", example = "Sociaal Verzekeringsfonds Noord") String name,
            @Schema(description = "Enterprise (KBO) number of the fund", example = "0412345614") String enterpriseNumber) {
    }

    /** One career period with the fund. */
    @Schema(name = "SelfEmploymentCareer")
    public record Career(@Schema(example = "2015-01-01") String from,
            @Schema(description = "Null while the period is ongoing", example = "2017-06-30") String to,
            @Schema(description = "Contribution category (bijdragereeks), e.g. 100 main occupation, 200 secondary "
                    + "occupation") CodeDescription contributionCategory,
            @Schema(description = "Profession; absent when the fund registered none") CodeDescription profession,
            @Schema(description = "Capacity (hoedanigheid) in which the activity is carried out") CodeDescription capacity,
            @Schema(description = "`ACTIVE` for a period of actual self-employed activity, `ASSIMILATED` for a period "
                    + "MAGDA marks as assimilated to activity (PeriodeGelijkgesteld: illness, bankruptcy insurance, ...)",
                    enumeration = { "ACTIVE", "ASSIMILATED" }, example = "ACTIVE") String periodType,
            @Schema(description = "Why the period is assimilated (PeriodeGelijkgesteld), code and description as "
                    + "MAGDA gives them; null for an active period") CodeDescription assimilation,
            @Schema(description = "`MAIN` or `SECONDARY` occupation, read from the contribution category (100 "
                    + "Hoofdberoep, 200 Bijberoep); null for any other category, which `contributionCategory` passes on "
                    + "with MAGDA's description", enumeration = { "MAIN", "SECONDARY" }, example = "MAIN")
            String occupation,
            @Schema(description = "Date the affiliation for this period was signed (DatumOndertekening)",
                    example = "2014-12-20") String signatureDate) {
    }

    /** A coded value with its (Dutch) description, passed through as MAGDA gives it, unknown codes included. */
    @Schema(name = "SelfEmploymentCode")
    public record CodeDescription(@Schema(example = "100") String code,
            @Schema(example = "Hoofdberoep") String description) {
    }
}
