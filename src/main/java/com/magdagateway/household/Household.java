package com.magdagateway.household;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's household as the REST contract presents it; dates are MAGDA's strings, incomplete ones included. */
@Schema(name = "Household", description = "The members of the household the person belongs to (the person included), "
        + "ordered by their position in the household (code ascending: reference person first); members with the same "
        + "position keep the national register's order.")
public record Household(String insz, List<Member> members) {

    /** One member of the household. */
    @Schema(name = "HouseholdMember")
    public record Member(String insz, String lastName, List<String> firstNames, Relation relation,
            @Schema(description = "Since when the member belongs to the household (MAGDA's DatumBegin); when MAGDA "
                    + "gives none, as for the reference person, the start of the member's main residence. Incomplete "
                    + "dates such as 2006-00-00 are passed through.") String since) {
    }

    /** The member's position in the household (national register code, e.g. 01 reference person, 02 spouse). */
    @Schema(name = "HouseholdRelation")
    public record Relation(String code, String description) {
    }
}
