package com.magdagateway.person.mapping;

import java.util.List;

import com.magdagateway.person.Person;
import com.magdagateway.person.client.GeefPersoonXml;

/** Maps GeefPersoon's {@code Persoon} to the contract's person. */
public final class PersonMapper {

    private PersonMapper() {
    }

    public static Person toApi(GeefPersoonXml.Persoon p) {
        GeefPersoonXml.Naam naam = p.naam;
        return new Person(p.insz,
                naam == null ? null : String.join(" ", naam.achternamen),
                naam == null ? List.of() : List.copyOf(naam.voornamen),
                gender(p.geslacht),
                p.geboorte == null ? null : p.geboorte.datum,
                p.overlijden == null ? null : p.overlijden.datum,
                p.nationaliteiten.stream().map(n -> new Person.CodeDescription(n.code, n.omschrijving)).toList(),
                civilStatus(p.burgerlijkeStaten),
                legallyCohabiting(p.wettelijkeSamenwoning),
                address(p.adressen));
    }

    static Person.Gender gender(GeefPersoonXml.Code geslacht) {
        String code = geslacht == null || geslacht.code == null ? "" : geslacht.code.trim();
        return switch (code) {
            case "1" -> Person.Gender.MALE;
            case "2" -> Person.Gender.FEMALE;
            default -> Person.Gender.UNKNOWN;
        };
    }

    /** The current civil status: the one without an end date, else the last one listed. */
    static Person.CivilStatus civilStatus(List<GeefPersoonXml.DatedCode> states) {
        return states.stream().filter(s -> s.datumEinde == null).reduce((first, second) -> second)
                .or(() -> states.stream().reduce((first, second) -> second))
                .map(s -> new Person.CivilStatus(s.code, s.omschrijving, s.datumBegin))
                .orElse(null);
    }

    /** A registered legal cohabitation that has not been ended. */
    static boolean legallyCohabiting(GeefPersoonXml.WettelijkeSamenwoning w) {
        return w != null && w.beeindiging == null && w.datumEinde == null;
    }

    static Person.Address address(GeefPersoonXml.Adressen adressen) {
        GeefPersoonXml.Adres a = adressen == null ? null : adressen.hoofdverblijfplaats;
        if (a == null) {
            return null;
        }
        return new Person.Address(text(a.straatnaam), a.huisnummer, a.busnummer, a.postcode, text(a.gemeentenaam),
                a.isoCodeLand, a.datumBegin);
    }

    private static String text(GeefPersoonXml.Taalstring s) {
        return s == null ? null : s.value;
    }
}
