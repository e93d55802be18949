package com.magdagateway.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the REST contract presents it; dates are MAGDA's strings, incomplete ones included. */
@Schema(name = "Person", description = "A person's data from the national register (MAGDA GeefPersoon 02.02). Dates are "
        + "YYYY-MM-DD strings as MAGDA gives them; incomplete ones such as 2000-00-00 are passed through. Codes MAGDA "
        + "gives are passed through with MAGDA's (Dutch) description, unknown ones included.")
public record Person(
        @Schema(description = "The INSZ the national register answered for.", example = "74631210179") String insz,
        @Schema(description = "Last names, joined with a space.", example = "Verbruggen") String lastName,
        @Schema(description = "First names in the register's order.", example = "[\"Els\", \"Maria\"]") List<String> firstNames,
        Gender gender,
        @Schema(description = "Birth date (Geboorte/Datum).", example = "1974-03-12") String birthDate,
        @Schema(description = "Death date (Overlijden/Datum); null while the person lives.", example = "2025-11-02") String deathDate,
        @Schema(description = "Nationalities, each with the period it applies (MAGDA's order).") List<Nationality> nationalities,
        @Schema(description = "The current civil status: the one without end date, else the last one listed.") CivilStatus civilStatus,
        @Schema(description = "Whether a registered legal cohabitation is ongoing (not ended, no end date).") boolean legallyCohabiting,
        @Schema(description = "The main residence (hoofdverblijfplaats); the same address is in `addresses` with kind "
                + "MAIN_RESIDENCE, its language and its end date.") Address mainAddress,
        @Schema(description = "The new INSZ when MAGDA signals that this INSZ was replaced (warning 30004, which stays "
                + "in `warnings`) and names the new number; null otherwise, also when MAGDA warns without naming it.",
                example = "74631210278") String replacedBy,
        @Schema(description = "Every civil status MAGDA lists, in MAGDA's order (oldest first), the current one included.")
        List<CivilStatus> civilStatusHistory,
        @Schema(description = "The registered legal cohabitation, ongoing or ended; null when MAGDA gives none.")
        LegalCohabitation legalCohabitation,
        @Schema(description = "Every address MAGDA gives: main residence, contact address and addresses abroad (residence, "
                + "postal, declared), in that order.") List<PersonAddress> addresses) {

    /** Gender as the national register knows it. */
    public enum Gender {
        MALE, FEMALE, UNKNOWN
    }

    /** A coded value with its (Dutch) description. */
    public record CodeDescription(
            @Schema(description = "MAGDA's code, passed through as a string (leading zeros kept).", example = "1303") String code,
            @Schema(description = "MAGDA's description of the code.", example = "Bern") String description) {
    }

    /** A nationality and the period it applies. */
    @Schema(name = "PersonNationality")
    public record Nationality(
            @Schema(description = "National register nationality code.", example = "150") String code,
            @Schema(description = "MAGDA's description.", example = "Belg") String description,
            @Schema(description = "Since when (DatumBegin).", example = "1974-03-12") String from,
            @Schema(description = "Until when (DatumEinde); null while it applies.", example = "2001-05-31") String to) {
    }

    /** A civil status, the period it applies and the partner it names. */
    public record CivilStatus(
            @Schema(description = "National register civil status code; unknown codes pass through.", example = "20") String code,
            @Schema(description = "MAGDA's description.", example = "Gehuwd") String description,
            @Schema(description = "Since when the status applies (DatumBegin); kept for existing clients, equal to `from`.",
                    example = "2018-06-16") String since,
            @Schema(description = "Since when the status applies (DatumBegin).", example = "2018-06-16") String from,
            @Schema(description = "Until when (DatumEinde); null for the current status.", example = "2018-06-16") String to,
            @Schema(description = "The partner this civil status names (married, separated, ...), when MAGDA gives one.")
            Partner partner) {
    }

    /** The partner of a civil status or of a legal cohabitation. */
    @Schema(name = "PersonPartner")
    public record Partner(
            @Schema(description = "The partner's INSZ.", example = "73692820204") String insz,
            @Schema(description = "Last names, joined with a space.", example = "Claes") String lastName,
            @Schema(description = "First names.", example = "[\"Tom\"]") List<String> firstNames,
            Gender gender,
            @Schema(description = "The partner's birth date.", example = "1973-09-28") String birthDate,
            @Schema(description = "Since when the partnership applies: the start of the civil status, or the date of the "
                    + "legal cohabitation.", example = "2018-06-16") String since) {
    }

    /** A registered legal cohabitation (wettelijke samenwoning). */
    @Schema(name = "PersonLegalCohabitation")
    public record LegalCohabitation(
            @Schema(description = "Date of the declaration of legal cohabitation (Datum).", example = "2015-09-01") String date,
            @Schema(description = "Start of the register entry (DatumBegin).", example = "2015-09-01") String from,
            @Schema(description = "End of the register entry (DatumEinde); null while ongoing.", example = "2018-06-16") String to,
            @Schema(description = "The partner, when MAGDA gives one.") Partner partner,
            @Schema(description = "How the cohabitation ended; null while ongoing.") Termination termination) {
    }

    /** How a legal cohabitation ended. */
    @Schema(name = "PersonLegalCohabitationTermination")
    public record Termination(
            @Schema(description = "Reason of the end (Beeindiging/Reden), e.g. marriage of the partners.") CodeDescription reason,
            @Schema(description = "Date of the notice of the end (Beeindiging/Kennisgeving/Datum).", example = "2018-06-16")
            String date) {
    }

    /** The main residence (hoofdverblijfplaats), the binding shape of contract v1.0. */
    public record Address(String street, String houseNumber, String box, String postalCode, String municipality,
            String countryIso, String since) {
    }

    /** Which of MAGDA's addresses an entry of {@code addresses} is. */
    @Schema(name = "PersonAddressKind", description = "MAIN_RESIDENCE (Hoofdverblijfplaats), CONTACT (ContactAdres), "
            + "RESIDENCE_ABROAD (VerblijfplaatsBuitenland), POSTAL_ABROAD (PostadresBuitenland), DECLARED_ABROAD "
            + "(AangifteAdresBuitenland: the address abroad declared on leaving Belgium).")
    public enum AddressKind {
        MAIN_RESIDENCE, CONTACT, RESIDENCE_ABROAD, POSTAL_ABROAD, DECLARED_ABROAD
    }

    /**
     * One of the person's addresses. Belgian-style addresses fill the street fields; addresses abroad are held by
     * the register as a country and free text lines.
     */
    @Schema(name = "PersonAddress")
    public record PersonAddress(
            AddressKind kind,
            @Schema(description = "Street name.", example = "Kerkstraat") String street,
            @Schema(example = "12") String houseNumber,
            @Schema(example = "3") String box,
            @Schema(example = "9000") String postalCode,
            @Schema(description = "Municipality name.", example = "Gent") String municipality,
            @Schema(description = "NIS code of the municipality (Belgian addresses).", example = "44021") String municipalityNisCode,
            @Schema(description = "Country name as MAGDA writes it.", example = "BELGIE") String country,
            @Schema(description = "ISO 3166 alpha-3 country code.", example = "BEL") String countryIso,
            @Schema(description = "NIS code of the country.", example = "150") String countryNisCode,
            @Schema(description = "Language of the street and municipality names (Taal), e.g. nl, fr, de.", example = "nl")
            String language,
            @Schema(description = "Free text lines of an address abroad (Teksten), in MAGDA's order.",
                    example = "[\"12 Rue du Lac\", \"1007 Lausanne\"]") List<String> lines,
            @Schema(description = "Kind of contact address (ContactAdres/Type); null for the other kinds.") CodeDescription type,
            @Schema(description = "The Belgian diplomatic post of a residence abroad; null for the other kinds.")
            CodeDescription diplomaticPost,
            @Schema(description = "Date of the declaration of an address abroad (AangifteAdresBuitenland/Datum).",
                    example = "2023-12-31") String declaredOn,
            @Schema(description = "Since when (DatumBegin).", example = "2019-06-01") String from,
            @Schema(description = "Until when (DatumEinde); null while current.", example = "2024-06-30") String to) {
    }
}
