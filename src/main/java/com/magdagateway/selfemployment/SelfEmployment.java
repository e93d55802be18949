package com.magdagateway.selfemployment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's self-employed career (RSVZ via KSZ) as the REST contract presents it, in MAGDA's order. */
@Schema(name = "SelfEmployment", description = "Affiliations with social insurance funds; empty when MAGDA knows no "
        + "self-employed career for the person.")
public record SelfEmployment(String insz, List<Affiliation> affiliations) {

    /** An affiliation with one social insurance fund and the career periods spent with it. */
    @Schema(name = "SelfEmploymentAffiliation")
    public record Affiliation(Fund fund, List<Career> careers) {
    }

    /** A social insurance fund for the self-employed (sociaal verzekeringsfonds). */
    @Schema(name = "SelfEmploymentFund")
    public record Fund(@Schema(description = "Three-digit fund number", example = "051") String code, String name,
            String enterpriseNumber) {
    }

    /** One career period with the fund. */
    @Schema(name = "SelfEmploymentCareer")
    public record Career(String from, @Schema(description = "Null while the period is ongoing") String to,
            @Schema(description = "Contribution category (bijdragereeks), e.g. 100 main occupation") CodeDescription contributionCategory,
            @Schema(description = "Profession; absent when the fund registered none") CodeDescription profession,
            @Schema(description = "Capacity (hoedanigheid) in which the activity is carried out") CodeDescription capacity) {
    }

    /** A coded value with its (Dutch) description. */
    @Schema(name = "SelfEmploymentCode")
    public record CodeDescription(String code, String description) {
    }
}
