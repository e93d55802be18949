package com.magdagateway.household;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's household as the REST contract presents it; dates are MAGDA's strings, incomplete ones included. */
@Schema(name = "Household", description = "The members of the household the person belongs to (the person included), "
        + "ordered by their position in the household (code ascending: reference person first); members with the same "
        + "position keep the national register's order.")
public record Household(
        @Schema(description = "The INSZ asked about.", example = "80620240401") String insz,
        List<Member> members,
        @Schema(description = "The household's address: the main residence of the reference person (position 01), else "
                + "of the first member MAGDA gives one for; null when MAGDA gives none.") Address address) {

    /** One member of the household. */
    @Schema(name = "HouseholdMember")
    public record Member(
            @Schema(example = "79671750546") String insz,
            @Schema(example = "Peeters") String lastName,
            List<String> firstNames,
            Relation relation,
            @Schema(description = "Since when the member belongs to the household (MAGDA's DatumBegin); when MAGDA "
                    + "gives none, as for the reference person, the start of the member's main residence. Incomplete "
                    + "dates such as 2006-00-00 are passed through.") String since,
            @Schema(description = "The member's gender (Geslacht code 1 male, 2 female; anything else UNKNOWN).")
            Gender gender,
            @Schema(description = "The member's birth date (Geboortedatum).", example = "1979-07-17") String birthDate) {
    }

    /** Gender as the national register knows it. */
    @Schema(name = "HouseholdGender")
    public enum Gender {
        MALE, FEMALE, UNKNOWN
    }

    /**
     * The member's position in the household (national register code, e.g. 01 reference person, 02 spouse) and the
     * period it applies; unknown codes pass through with MAGDA's description.
     */
    @Schema(name = "HouseholdRelation")
    public record Relation(
            @Schema(description = "National register position code (Positie/Code).", example = "02") String code,
            @Schema(description = "MAGDA's description.", example = "echtgenoot/echtgenote") String description,
            @Schema(description = "Since when the member holds this position (the member's own DatumBegin, without the "
                    + "fallback of `since`); null when MAGDA gives none.", example = "2010-05-01") String from,
            @Schema(description = "Until when (DatumEinde); null while current.", example = "2024-06-30") String to) {
    }

    /** The household's address (the reference person's hoofdverblijfplaats). */
    @Schema(name = "HouseholdAddress")
    public record Address(
            @Schema(example = "Kerkstraat") String street,
            @Schema(example = "12") String houseNumber,
            @Schema(example = "3") String box,
            @Schema(example = "9000") String postalCode,
            @Schema(description = "Municipality name.", example = "Gent") String municipality,
            @Schema(description = "NIS code of the municipality (Belgian addresses).", example = "44021") String municipalityNisCode,
            @Schema(description = "Country name as MAGDA writes it.", example = "BELGIE") String country,
            @Schema(description = "ISO 3166 alpha-3 country code.", example = "BEL") String countryIso,
            @Schema(description = "NIS code of the country.", example = "150") String countryNisCode,
            @Schema(description = "Language of the street and municipality names (Taal).", example = "nl") String language,
            @Schema(description = "Since when (DatumBegin of the main residence).", example = "2010-05-01") String from,
            @Schema(description = "Until when (DatumEinde); null while current.", example = "2024-06-30") String to) {
    }
}
