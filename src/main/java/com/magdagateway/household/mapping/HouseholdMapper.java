package com.magdagateway.household.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.magdagateway.household.Household;
import com.magdagateway.household.client.GeefGezinssamenstellingXml;

/** Maps GeefGezinssamenstelling's {@code Gezinsleden} to the contract's household. */
public final class HouseholdMapper {

    /**
     * MAGDA lists members in no documented order; ordering by position code (01 reference person, 02 spouse,
     * 03 child, ...) gives callers a stable, readable list. The sort is stable, so equal positions keep MAGDA's order.
     */
    static final Comparator<Household.Member> BY_POSITION = Comparator.comparingInt(m -> rank(m.relation()));

    private HouseholdMapper() {
    }

    /** {@code insz} is the person asked about: the answer lists members only. */
    public static Household toApi(String insz, GeefGezinssamenstellingXml.Gezinsleden gezin) {
        List<Household.Member> members = new ArrayList<>();
        if (gezin != null) {
            gezin.gezinsleden.stream().map(HouseholdMapper::member).forEach(members::add);
        }
        members.sort(BY_POSITION);
        return new Household(insz, List.copyOf(members));
    }

    static Household.Member member(GeefGezinssamenstellingXml.Gezinslid lid) {
        GeefGezinssamenstellingXml.Naam naam = lid.naam;
        return new Household.Member(lid.insz,
                naam == null || naam.achternamen.isEmpty() ? null : String.join(" ", naam.achternamen),
                naam == null ? List.of() : List.copyOf(naam.voornamen),
                lid.positie == null ? null : new Household.Relation(lid.positie.code, lid.positie.omschrijving),
                since(lid));
    }

    /**
     * The member's own {@code DatumBegin}; MAGDA leaves it out for the reference person, whose membership then
     * dates from the start of their main residence, the best date the answer holds. Incomplete dates pass through.
     */
    static String since(GeefGezinssamenstellingXml.Gezinslid lid) {
        if (lid.datumBegin != null && !lid.datumBegin.isBlank()) {
            return lid.datumBegin;
        }
        GeefGezinssamenstellingXml.Adressen adressen = lid.adressen;
        return adressen == null || adressen.hoofdverblijfplaats == null ? null : adressen.hoofdverblijfplaats.datumBegin;
    }

    /** Numeric position code; anything unreadable goes last rather than failing the answer. */
    static int rank(Household.Relation relation) {
        if (relation == null || relation.code() == null) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(relation.code().trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
