package com.magdagateway.person;

import java.util.List;

/** A person as the REST contract presents it; dates are MAGDA's strings, incomplete ones included. */
public record Person(String insz, String lastName, List<String> firstNames, Gender gender, String birthDate,
        String deathDate, List<CodeDescription> nationalities, CivilStatus civilStatus, boolean legallyCohabiting,
        Address mainAddress) {

    /** Gender as the national register knows it. */
    public enum Gender {
        MALE, FEMALE, UNKNOWN
    }

    /** A coded value with its (Dutch) description. */
    public record CodeDescription(String code, String description) {
    }

    /** The current civil status and since when it applies. */
    public record CivilStatus(String code, String description, String since) {
    }

    /** The main residence (hoofdverblijfplaats). */
    public record Address(String street, String houseNumber, String box, String postalCode, String municipality,
            String countryIso, String since) {
    }
}
