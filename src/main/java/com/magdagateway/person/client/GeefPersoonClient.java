package com.magdagateway.person.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.client.MagdaOperation;
import com.magdagateway.magda.client.MagdaTransport;
import com.magdagateway.magda.client.MagdaTypes;
import com.magdagateway.person.Person;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA GeefPersoon 02.02: asks for a person's basic data and maps the answer to {@link Person}. */
@ApplicationScoped
public class GeefPersoonClient {

    /** MAGDA's warning that the INSZ asked was replaced by a new one. */
    static final String INSZ_REPLACED = "30004";

    private static final Pattern INSZ = Pattern.compile("\\d{11}");

    private final MagdaOperation<GeefPersoonXml.Antwoord> geefPersoon;

    GeefPersoonClient(@CXFClient("GeefPersoon") GeefPersoonXml.Port port, MagdaTransport transport) {
        this.geefPersoon = transport.operation(MagdaService.GEEF_PERSOON, port, port::GeefPersoonAsync,
                GeefPersoonXml.Antwoord.class, NoData.NOT_FOUND);
    }

    public Uni<MagdaAnswer<Person>> fetch(Insz insz, String reference) {
        return geefPersoon.ask(reference, question(insz), about(insz))
                .map(answer -> new MagdaAnswer<>(toPerson(answer.content(), answer.warnings()), answer.warnings()));
    }

    static GeefPersoonXml.Vraag question(Insz insz) {
        GeefPersoonXml.OpvragingenKsz opvragingen = new GeefPersoonXml.OpvragingenKsz();
        opvragingen.basisPersoonsgegevens = "1";
        GeefPersoonXml.Criteria criteria = new GeefPersoonXml.Criteria();
        criteria.insz = insz.value();
        criteria.opvragingenKsz = opvragingen;
        GeefPersoonXml.Vraag vraag = new GeefPersoonXml.Vraag();
        vraag.criteria = criteria;
        vraag.bron = "RR";
        vraag.taal = "nl";
        return vraag;
    }

    /** GeefPersoon names the person it describes: it must be the one asked. */
    static Predicate<GeefPersoonXml.Antwoord> about(Insz insz) {
        return inhoud -> inhoud.persoon != null && inhoud.persoon.insz != null
                && insz.value().equals(inhoud.persoon.insz.trim());
    }

    /** {@code warnings} are the ones beside the answer: a 30004 among them may name the new INSZ. */
    static Person toPerson(GeefPersoonXml.Antwoord inhoud, List<MagdaMessage> warnings) {
        if (inhoud == null || inhoud.persoon == null) {
            throw new GatewayException(ErrorCode.BACKEND_ERROR, "MAGDA answered without the person");
        }
        GeefPersoonXml.Persoon p = inhoud.persoon;
        MagdaTypes.Naam naam = p.naam;
        return new Person(p.insz,
                lastName(naam),
                firstNames(naam),
                gender(p.geslacht),
                p.geboorte == null ? null : p.geboorte.datum,
                p.overlijden == null ? null : p.overlijden.datum,
                p.nationaliteiten.stream().map(GeefPersoonClient::nationality).toList(),
                civilStatus(p.burgerlijkeStaten),
                legallyCohabiting(p.wettelijkeSamenwoning),
                address(p.adressen),
                replacedBy(p.insz, warnings),
                p.burgerlijkeStaten.stream().map(GeefPersoonClient::civilStatus).toList(),
                legalCohabitation(p.wettelijkeSamenwoning),
                addresses(p.adressen));
    }

    static Person.Gender gender(MagdaTypes.Code geslacht) {
        String code = geslacht == null || geslacht.code == null ? "" : geslacht.code.trim();
        return switch (code) {
            case "1" -> Person.Gender.MALE;
            case "2" -> Person.Gender.FEMALE;
            default -> Person.Gender.UNKNOWN;
        };
    }

    /**
     * The new INSZ of a 30004 warning: MAGDA names it in an annotation. An annotation that repeats the INSZ answered
     * for is not a new number, and a 30004 without any number leaves {@code replacedBy} empty (the warning says enough).
     */
    static String replacedBy(String answeredFor, List<MagdaMessage> warnings) {
        String current = answeredFor == null ? "" : answeredFor.trim();
        return warnings.stream().filter(w -> INSZ_REPLACED.equals(w.code()))
                .flatMap(w -> w.annotations().stream())
                .map(MagdaMessage.Annotation::value)
                .filter(v -> v != null)
                .map(String::trim)
                .filter(v -> INSZ.matcher(v).matches() && !v.equals(current))
                .findFirst().orElse(null);
    }

    static Person.Nationality nationality(GeefPersoonXml.DatedCode n) {
        return new Person.Nationality(n.code, n.omschrijving, n.datumBegin, n.datumEinde);
    }

    /** The current civil status: the one without an end date, else the last one listed. */
    static Person.CivilStatus civilStatus(List<GeefPersoonXml.BurgerlijkeStaat> states) {
        return states.stream().filter(s -> s.datumEinde == null).reduce((first, second) -> second)
                .or(() -> states.stream().reduce((first, second) -> second))
                .map(GeefPersoonClient::civilStatus)
                .orElse(null);
    }

    static Person.CivilStatus civilStatus(GeefPersoonXml.BurgerlijkeStaat s) {
        return new Person.CivilStatus(s.code, s.omschrijving, s.datumBegin, s.datumBegin, s.datumEinde,
                partner(s.partner, s.datumBegin));
    }

    static Person.Partner partner(GeefPersoonXml.Partner p, String since) {
        if (p == null) {
            return null;
        }
        return new Person.Partner(p.insz == null ? null : p.insz.trim(), lastName(p.naam), firstNames(p.naam),
                gender(p.geslacht), p.geboortedatum, since);
    }

    /** A registered legal cohabitation that has not been ended. */
    static boolean legallyCohabiting(GeefPersoonXml.WettelijkeSamenwoning w) {
        return w != null && w.beeindiging == null && w.datumEinde == null;
    }

    /** The partner of a legal cohabitation dates from its declaration, else from the register entry. */
    static Person.LegalCohabitation legalCohabitation(GeefPersoonXml.WettelijkeSamenwoning w) {
        if (w == null) {
            return null;
        }
        String since = w.datum != null ? w.datum : w.datumBegin;
        return new Person.LegalCohabitation(w.datum, w.datumBegin, w.datumEinde, partner(w.partner, since),
                termination(w.beeindiging));
    }

    static Person.Termination termination(GeefPersoonXml.Beeindiging b) {
        if (b == null) {
            return null;
        }
        return new Person.Termination(code(b.reden), b.kennisgeving == null ? null : b.kennisgeving.datum);
    }

    static Person.Address address(GeefPersoonXml.Adressen adressen) {
        MagdaTypes.Adres a = adressen == null ? null : adressen.hoofdverblijfplaats;
        if (a == null) {
            return null;
        }
        return new Person.Address(text(a.straatnaam), a.huisnummer, a.busnummer, a.postcode, text(a.gemeentenaam),
                a.isoCodeLand, a.datumBegin);
    }

    /** Every address MAGDA gives, in a fixed order: main residence, contact, then the ones abroad. */
    static List<Person.PersonAddress> addresses(GeefPersoonXml.Adressen adressen) {
        if (adressen == null) {
            return List.of();
        }
        List<Person.PersonAddress> all = new ArrayList<>();
        if (adressen.hoofdverblijfplaats != null) {
            all.add(address(Person.AddressKind.MAIN_RESIDENCE, adressen.hoofdverblijfplaats, null));
        }
        if (adressen.contactAdres != null) {
            all.add(address(Person.AddressKind.CONTACT, adressen.contactAdres, code(adressen.contactAdres.type)));
        }
        if (adressen.verblijfplaatsBuitenland != null) {
            all.add(abroad(Person.AddressKind.RESIDENCE_ABROAD, adressen.verblijfplaatsBuitenland,
                    code(adressen.verblijfplaatsBuitenland.diplomatiekePost)));
        }
        if (adressen.postadresBuitenland != null) {
            all.add(abroad(Person.AddressKind.POSTAL_ABROAD, adressen.postadresBuitenland, null));
        }
        if (adressen.aangifteAdresBuitenland != null) {
            all.add(abroad(Person.AddressKind.DECLARED_ABROAD, adressen.aangifteAdresBuitenland, null));
        }
        return List.copyOf(all);
    }

    static Person.PersonAddress address(Person.AddressKind kind, MagdaTypes.Adres a, Person.CodeDescription type) {
        return new Person.PersonAddress(kind, text(a.straatnaam), a.huisnummer, a.busnummer, a.postcode,
                text(a.gemeentenaam), a.nisCodeGemeente, text(a.land), a.isoCodeLand, a.nisCodeLand, a.language(),
                List.of(), type, null, null, a.datumBegin, a.datumEinde);
    }

    static Person.PersonAddress abroad(Person.AddressKind kind, GeefPersoonXml.AdresBuitenland a,
            Person.CodeDescription diplomaticPost) {
        GeefPersoonXml.Land land = a.land;
        return new Person.PersonAddress(kind, null, null, null, null, null, null,
                land == null ? null : land.naam, land == null ? null : land.isoCode, land == null ? null : land.nisCode,
                null, List.copyOf(a.teksten), null, diplomaticPost, a.datum, a.datumBegin, a.datumEinde);
    }

    private static Person.CodeDescription code(MagdaTypes.Code code) {
        return code == null ? null : new Person.CodeDescription(code.code, code.omschrijving);
    }

    private static String lastName(MagdaTypes.Naam naam) {
        return naam == null ? null : String.join(" ", naam.achternamen);
    }

    private static List<String> firstNames(MagdaTypes.Naam naam) {
        return naam == null ? List.of() : List.copyOf(naam.voornamen);
    }

    private static String text(MagdaTypes.Taalstring s) {
        return MagdaTypes.Taalstring.text(s);
    }
}
