package com.magdagateway.household.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.household.Household;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.client.MagdaOperation;
import com.magdagateway.magda.client.MagdaTransport;
import com.magdagateway.magda.client.MagdaTypes;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA GeefGezinssamenstelling 02.02: asks for a person's household and maps it to {@link Household}. */
@ApplicationScoped
public class GeefGezinssamenstellingClient {

    private final MagdaOperation<GeefGezinssamenstellingXml.Antwoord> geefGezinssamenstelling;

    GeefGezinssamenstellingClient(@CXFClient("GeefGezinssamenstelling") GeefGezinssamenstellingXml.Port port,
            MagdaTransport transport) {
        this.geefGezinssamenstelling = transport.operation(MagdaService.GEEF_GEZINSSAMENSTELLING, port,
                port::GeefGezinssamenstellingAsync, GeefGezinssamenstellingXml.Antwoord.class, NoData.NOT_FOUND);
    }

    /** The household is about one person: MAGDA's "no data" means that person is unknown (404). */
    public Uni<MagdaAnswer<Household>> fetch(Insz insz, String reference) {
        return geefGezinssamenstelling.ask(reference, question(insz), about(insz))
                .map(answer -> answer.map(inhoud -> toHousehold(insz.value(), inhoud)));
    }

    static GeefGezinssamenstellingXml.Vraag question(Insz insz) {
        MagdaTypes.InszCriteria criteria = new MagdaTypes.InszCriteria();
        criteria.insz = insz.value();
        GeefGezinssamenstellingXml.Vraag vraag = new GeefGezinssamenstellingXml.Vraag();
        vraag.criteria = criteria;
        vraag.taal = "nl";
        return vraag;
    }

    /**
     * The household asked for is the one the person asked about belongs to, so that person must be among its
     * members (not necessarily its reference person: a spouse's household has the other spouse at its head).
     */
    static Predicate<GeefGezinssamenstellingXml.Antwoord> about(Insz insz) {
        return inhoud -> inhoud.gezinsleden == null || inhoud.gezinsleden.gezinsleden.isEmpty()
                || inhoud.gezinsleden.gezinsleden.stream()
                        .anyMatch(lid -> lid.insz != null && insz.value().equals(lid.insz.trim()));
    }

    /**
     * MAGDA lists members in no documented order; ordering by position code (01 reference person, 02 spouse,
     * 03 child, ...) gives callers a stable, readable list. The sort is stable, so equal positions keep MAGDA's order.
     */
    static final Comparator<Household.Member> BY_POSITION = Comparator.comparingInt(m -> rank(m.relation()));

    /** {@code insz} is the person asked about: the answer lists members only. */
    static Household toHousehold(String insz, GeefGezinssamenstellingXml.Antwoord inhoud) {
        List<GeefGezinssamenstellingXml.Gezinslid> leden = inhoud == null || inhoud.gezinsleden == null ? List.of()
                : inhoud.gezinsleden.gezinsleden;
        List<Household.Member> members = new ArrayList<>();
        leden.stream().map(GeefGezinssamenstellingClient::member).forEach(members::add);
        members.sort(BY_POSITION);
        return new Household(insz, List.copyOf(members), address(leden));
    }

    static Household.Member member(GeefGezinssamenstellingXml.Gezinslid lid) {
        MagdaTypes.Naam naam = lid.naam;
        return new Household.Member(lid.insz,
                naam == null || naam.achternamen.isEmpty() ? null : String.join(" ", naam.achternamen),
                naam == null ? List.of() : List.copyOf(naam.voornamen),
                lid.positie == null ? null
                        : new Household.Relation(lid.positie.code, lid.positie.omschrijving, lid.datumBegin, lid.datumEinde),
                since(lid),
                gender(lid.geslacht),
                lid.geboortedatum);
    }

    static Household.Gender gender(MagdaTypes.Code geslacht) {
        String code = geslacht == null || geslacht.code == null ? "" : geslacht.code.trim();
        return switch (code) {
            case "1" -> Household.Gender.MALE;
            case "2" -> Household.Gender.FEMALE;
            default -> Household.Gender.UNKNOWN;
        };
    }

    /**
     * The household lives at its reference person's main residence; when MAGDA gives none for them, the first
     * member's (in position order) that MAGDA gives stands for the household.
     */
    static Household.Address address(List<GeefGezinssamenstellingXml.Gezinslid> leden) {
        return leden.stream()
                .filter(lid -> lid.adressen != null && lid.adressen.hoofdverblijfplaats != null)
                .min(Comparator.comparingInt(lid -> rank(lid.positie == null ? null : lid.positie.code)))
                .map(lid -> address(lid.adressen.hoofdverblijfplaats))
                .orElse(null);
    }

    static Household.Address address(MagdaTypes.Adres a) {
        return new Household.Address(text(a.straatnaam), a.huisnummer, a.busnummer, a.postcode, text(a.gemeentenaam),
                a.nisCodeGemeente, text(a.land), a.isoCodeLand, a.nisCodeLand, a.language(), a.datumBegin, a.datumEinde);
    }

    private static String text(MagdaTypes.Taalstring s) {
        return MagdaTypes.Taalstring.text(s);
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
        return rank(relation == null ? null : relation.code());
    }

    static int rank(String positionCode) {
        if (positionCode == null) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(positionCode.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
