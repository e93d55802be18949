package com.magdagateway.person.client;

import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
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

    private final MagdaOperation<GeefPersoonXml.Antwoord> geefPersoon;

    GeefPersoonClient(@CXFClient("GeefPersoon") GeefPersoonXml.Port port, MagdaTransport transport) {
        this.geefPersoon = transport.operation(MagdaService.GEEF_PERSOON, port, port::GeefPersoonAsync,
                GeefPersoonXml.Antwoord.class, NoData.NOT_FOUND);
    }

    public Uni<MagdaAnswer<Person>> fetch(Insz insz, String reference) {
        return geefPersoon.ask(reference, question(insz), about(insz)).map(answer -> answer.map(GeefPersoonClient::toPerson));
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

    static Person toPerson(GeefPersoonXml.Antwoord inhoud) {
        if (inhoud == null || inhoud.persoon == null) {
            throw new GatewayException(ErrorCode.BACKEND_ERROR, "MAGDA answered without the person");
        }
        GeefPersoonXml.Persoon p = inhoud.persoon;
        MagdaTypes.Naam naam = p.naam;
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

    static Person.Gender gender(MagdaTypes.Code geslacht) {
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
