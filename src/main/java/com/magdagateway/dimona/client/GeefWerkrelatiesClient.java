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
        return new Dimona.Declaration(trim(a.dimonaNummer), employer(contract.relatie),
                period == null ? null : date(period.begin), period == null ? null : date(period.einde),
                trim(a.paritairComite), trim(a.aardWerknemer), "1".equals(trim(a.geannuleerd)),
                lastAction(a.laatsteDimonaActie));
    }

    static Dimona.Employer employer(GeefWerkrelatiesXml.RelatieAntwoord relatie) {
        GeefWerkrelatiesXml.Werkgever w = relatie == null ? null : relatie.werkgever;
        return w == null ? null : new Dimona.Employer(trim(w.rszNummer), trim(w.ondernemingsnummer));
    }

    static Dimona.LastAction lastAction(GeefWerkrelatiesXml.LaatsteDimonaActie actie) {
        return actie == null ? null : new Dimona.LastAction(trim(actie.code), trim(actie.beschrijving));
    }

    private static String date(GeefWerkrelatiesXml.Tijdstip tijdstip) {
        return tijdstip == null ? null : trim(tijdstip.datum);
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
