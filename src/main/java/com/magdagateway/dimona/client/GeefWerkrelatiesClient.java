package com.magdagateway.dimona.client;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.dimona.Dimona;
import com.magdagateway.dimona.DimonaPeriod;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.client.MagdaOperation;
import com.magdagateway.magda.client.MagdaTransport;
import com.magdagateway.magda.client.MagdaTypes;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA GeefWerkrelaties 02.00 (KSZ S296 Dimona): asks for a person's declarations, filters and orders them. */
@ApplicationScoped
public class GeefWerkrelatiesClient {

    /**
     * MAGDA requires a begin date; without {@code from} we ask from a date before any Dimona declaration (the
     * personnel register also holds employments that started before Dimona existed).
     */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** By start date as the contract demands; then by end (open-ended last) and number, so that the order is stable. */
    static final Comparator<Dimona.Declaration> BY_START = Comparator
            .comparing(Dimona.Declaration::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Dimona.Declaration::to, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Dimona.Declaration::dimonaNumber, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The worker type of a student employed under the solidarity contribution. */
    static final String STUDENT = "STU";

    private final MagdaOperation<GeefWerkrelatiesXml.Antwoord> geefWerkrelaties;

    GeefWerkrelatiesClient(@CXFClient("GeefWerkrelaties") GeefWerkrelatiesXml.Port port, MagdaTransport transport) {
        this.geefWerkrelaties = transport.operation(MagdaService.GEEF_WERKRELATIES, port, port::GeefWerkrelatiesAsync,
                GeefWerkrelatiesXml.Antwoord.class, NoData.EMPTY);
    }

    /** The person's declarations in {@code period}; MAGDA's "no data" is an empty list. */
    public Uni<MagdaAnswer<Dimona>> fetch(Insz insz, DimonaPeriod period, String reference) {
        return geefWerkrelaties.ask(reference, question(insz, period), about(insz))
                .map(answer -> answer.map(inhoud -> toDimona(insz.value(), period, inhoud)));
    }

    static GeefWerkrelatiesXml.Vraag question(Insz insz, DimonaPeriod period) {
        GeefWerkrelatiesXml.WerknemerVraag werknemer = new GeefWerkrelatiesXml.WerknemerVraag();
        werknemer.insz = insz.value();
        GeefWerkrelatiesXml.RelatieVraag relatie = new GeefWerkrelatiesXml.RelatieVraag();
        relatie.werknemer = werknemer;
        GeefWerkrelatiesXml.Criteria criteria = new GeefWerkrelatiesXml.Criteria();
        criteria.relatie = relatie;
        criteria.bron = "RSZ";
        criteria.periode = periode(period);
        // The flags as MAGDA's reference request sends them (EnkelGestartOfBeeindigd 0: not only declarations that
        // start or end within the period); the gateway filters and orders the answer itself anyway.
        criteria.enkelGestartOfBeeindigd = "0";
        criteria.schrappingsIndicatie = "0";
        criteria.interimIndicatie = "0";
        GeefWerkrelatiesXml.Vraag vraag = new GeefWerkrelatiesXml.Vraag();
        vraag.typeAntwoord = "0";
        vraag.criteria = criteria;
        return vraag;
    }

    /** An absent {@code to} stays absent (open-ended); an absent {@code from} becomes {@link #EARLIEST}. */
    static MagdaTypes.Periode periode(DimonaPeriod period) {
        LocalDate begin = period.from() != null ? period.from()
                : period.to() != null && period.to().isBefore(EARLIEST) ? period.to() : EARLIEST;
        MagdaTypes.Periode periode = new MagdaTypes.Periode();
        periode.begin = begin.toString();
        periode.einde = period.to() == null ? null : period.to().toString();
        return periode;
    }

    /** Every contract's worker must be the person asked. */
    static Predicate<GeefWerkrelatiesXml.Antwoord> about(Insz insz) {
        return inhoud -> MagdaQuestion.namesOnly(insz.value(), inhoud.contracten.stream()
                .filter(c -> c.relatie != null && c.relatie.werknemer != null).map(c -> c.relatie.werknemer.insz));
    }

    /**
     * MAGDA is asked for the period too, but its (or a stub's) answer may hold more and in any order: the gateway
     * filters and sorts itself. Null content (MAGDA had no data) is an empty list.
     */
    static Dimona toDimona(String insz, DimonaPeriod period, GeefWerkrelatiesXml.Antwoord inhoud) {
        List<GeefWerkrelatiesXml.Contract> contracts = inhoud == null ? List.of() : inhoud.contracten;
        return new Dimona(insz, contracts.stream()
                .filter(c -> c.aangifte != null)
                .map(GeefWerkrelatiesClient::declaration)
                .filter(d -> period.overlaps(d.from(), d.to()))
                .sorted(BY_START)
                .toList());
    }

    static Dimona.Declaration declaration(GeefWerkrelatiesXml.Contract contract) {
        GeefWerkrelatiesXml.Aangifte a = contract.aangifte;
        GeefWerkrelatiesXml.PeriodeTijdstip period = a.periodeTijdstip;
        GeefWerkrelatiesXml.Tijdstip begin = period == null ? null : period.begin;
        GeefWerkrelatiesXml.Tijdstip einde = period == null ? null : period.einde;
        String workerType = trim(a.aardWerknemer);
        Dimona.TemporaryAgency agency = temporaryAgency(contract.interimOnderneming);
        return new Dimona.Declaration(trim(a.dimonaNummer), employer(contract.relatie), date(begin), date(einde),
                trim(a.paritairComite), workerType, "1".equals(trim(a.geannuleerd)), lastAction(a.laatsteDimonaActie),
                code(contract.bron), time(begin), time(einde), STUDENT.equals(workerType), agency != null, agency,
                code(a.serviceCategorie), number(a.aantalGeplandeWerkdagen), controlCards(a.controlekaarten),
                establishmentUnit(contract.plaatsTewerkstelling), worker(contract.relatie),
                trim(a.datumTijdstipCreatie), trim(a.datumTijdstipModificatie));
    }

    static Dimona.Employer employer(GeefWerkrelatiesXml.RelatieAntwoord relatie) {
        GeefWerkrelatiesXml.Werkgever w = relatie == null ? null : relatie.werkgever;
        return w == null ? null
                : new Dimona.Employer(trim(w.rszNummer), trim(w.ondernemingsnummer), trim(w.deelEntiteit));
    }

    static Dimona.LastAction lastAction(GeefWerkrelatiesXml.Beschreven actie) {
        return actie == null ? null : new Dimona.LastAction(trim(actie.code), trim(actie.beschrijving));
    }

    static Dimona.Worker worker(GeefWerkrelatiesXml.RelatieAntwoord relatie) {
        GeefWerkrelatiesXml.WerknemerAntwoord w = relatie == null ? null : relatie.werknemer;
        if (w == null) {
            return null;
        }
        GeefWerkrelatiesXml.Beschreven validated = w.identificatiePersoonGevalideerd;
        String flag = validated == null ? null : trim(validated.code);
        return new Dimona.Worker(trim(w.insz), trim(w.achternaam), trim(w.voornaam),
                flag == null ? null : "1".equals(flag));
    }

    /** An agency element with nothing in it names no agency: the declaration is then not temporary-agency work. */
    static Dimona.TemporaryAgency temporaryAgency(GeefWerkrelatiesXml.InterimOnderneming i) {
        if (i == null) {
            return null;
        }
        Dimona.TemporaryAgency agency = new Dimona.TemporaryAgency(trim(i.naam), trim(i.rszNummer),
                trim(i.ondernemingsnummer), trim(i.paritairComite));
        return agency.equals(new Dimona.TemporaryAgency(null, null, null, null)) ? null : agency;
    }

    static Dimona.ControlCards controlCards(GeefWerkrelatiesXml.Controlekaarten k) {
        return k == null ? null : new Dimona.ControlCards(trim(k.kaartnummerEersteMaand), trim(k.kaartnummerVolgendeMaand));
    }

    static Dimona.EstablishmentUnit establishmentUnit(GeefWerkrelatiesXml.PlaatsTewerkstelling p) {
        return p == null ? null : new Dimona.EstablishmentUnit(trim(p.naam), address(p.adres));
    }

    static Dimona.Address address(GeefWerkrelatiesXml.Adres a) {
        if (a == null) {
            return null;
        }
        GeefWerkrelatiesXml.Straat straat = a.straat;
        GeefWerkrelatiesXml.Gemeente gemeente = a.gemeente;
        GeefWerkrelatiesXml.Land land = a.land;
        return new Dimona.Address(straat == null ? null : trim(straat.naam), straat == null ? null : trim(straat.code),
                trim(a.huisnummer), trim(a.busnummer), gemeente == null ? null : trim(gemeente.postCode),
                gemeente == null ? null : trim(gemeente.naam), gemeente == null ? null : trim(gemeente.nisCode),
                land == null ? null : trim(land.isoCode), land == null ? null : trim(land.nisCode),
                land == null ? null : trim(land.naam));
    }

    /** A code passes through with MAGDA's description, known to the gateway or not. */
    private static Dimona.Code code(GeefWerkrelatiesXml.Beschreven b) {
        if (b == null || (trim(b.code) == null && trim(b.beschrijving) == null)) {
            return null;
        }
        return new Dimona.Code(trim(b.code), trim(b.beschrijving));
    }

    private static String date(GeefWerkrelatiesXml.Tijdstip tijdstip) {
        return tijdstip == null ? null : trim(tijdstip.datum);
    }

    private static String time(GeefWerkrelatiesXml.Tijdstip tijdstip) {
        return tijdstip == null ? null : trim(tijdstip.tijd);
    }

    /** MAGDA sends digits; anything else is not a count and is left out rather than failing the call. */
    private static Integer number(String digits) {
        String text = trim(digits);
        if (text == null || !text.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    /** Blank is absent: an empty {@code <Datum/>} must not read as a date before every other. */
    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = s.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
