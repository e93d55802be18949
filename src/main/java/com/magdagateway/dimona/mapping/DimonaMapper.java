package com.magdagateway.dimona.mapping;

import java.util.Comparator;
import java.util.List;

import com.magdagateway.dimona.Dimona;
import com.magdagateway.dimona.DimonaPeriod;
import com.magdagateway.dimona.client.GeefWerkrelatiesXml;

/** Maps GeefWerkrelaties' contracts to the contract's Dimona declarations: only those in the period, by start date. */
public final class DimonaMapper {

    /** By start date as the contract demands; then by end (open-ended last) and number, so that the order is stable. */
    static final Comparator<Dimona.Declaration> BY_START = Comparator
            .comparing(Dimona.Declaration::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Dimona.Declaration::to, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Dimona.Declaration::dimonaNumber, Comparator.nullsLast(Comparator.naturalOrder()));

    private DimonaMapper() {
    }

    /**
     * MAGDA is asked for the period too, but its (or a stub's) answer may hold more and in any order: the gateway
     * filters and sorts itself. Null content (MAGDA had no data) is an empty list.
     */
    public static Dimona toApi(String insz, DimonaPeriod period, GeefWerkrelatiesXml.Inhoud inhoud) {
        List<GeefWerkrelatiesXml.Contract> contracts = inhoud == null ? List.of() : inhoud.contracten;
        return new Dimona(insz, contracts.stream()
                .filter(c -> c.aangifte != null)
                .map(DimonaMapper::declaration)
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
