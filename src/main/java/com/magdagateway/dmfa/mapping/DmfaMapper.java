package com.magdagateway.dmfa.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.magdagateway.dmfa.Dmfa;
import com.magdagateway.dmfa.DmfaQuarter;
import com.magdagateway.dmfa.DmfaQuarterRange;
import com.magdagateway.dmfa.client.GeefDmfaVoorWerknemerXml;

/** Maps GeefDmfaVoorWerknemer's attestations to the contract's: only those in the asked quarters, by quarter. */
public final class DmfaMapper {

    /** {@code YYYYQn} sorts as text; an attestation whose quarter could not be read goes last. */
    static final Comparator<Dmfa.Attestation> BY_QUARTER = Comparator
            .comparing(Dmfa.Attestation::quarter, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Dmfa.Attestation::number, Comparator.nullsLast(Comparator.naturalOrder()));

    private DmfaMapper() {
    }

    /**
     * MAGDA is asked for the quarters too, but its (or a stub's) answer may hold more and in any order: the gateway
     * filters and sorts itself. Null content (MAGDA had no data) is an empty list.
     */
    public static Dmfa toApi(String insz, DmfaQuarterRange range, GeefDmfaVoorWerknemerXml.Inhoud inhoud) {
        List<GeefDmfaVoorWerknemerXml.Attest> attests = inhoud == null ? List.of() : inhoud.attesten;
        return new Dmfa(insz, attests.stream()
                .filter(a -> inRange(a, range))
                .map(DmfaMapper::attestation)
                .sorted(BY_QUARTER)
                .toList());
    }

    /** An attestation whose quarter cannot be read is kept: the gateway only drops what it knows to be outside. */
    static boolean inRange(GeefDmfaVoorWerknemerXml.Attest attest, DmfaQuarterRange range) {
        return quarter(attest.aangifteWerkgever).map(range::contains).orElse(true);
    }

    static Dmfa.Attestation attestation(GeefDmfaVoorWerknemerXml.Attest attest) {
        GeefDmfaVoorWerknemerXml.Identificatie id = attest.identificatie;
        GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte = attest.aangifteWerkgever;
        return new Dmfa.Attestation(id == null ? null : trim(id.nummer), id == null ? null : trim(id.versie),
                id == null ? null : status(id.status), quarterText(aangifte), employer(aangifte), workerLines(aangifte));
    }

    /** MAGDA's {@code 20232} becomes {@code 2023Q2}; anything unreadable is passed on as MAGDA sent it. */
    static String quarterText(GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte) {
        return quarter(aangifte).map(DmfaQuarter::toString).orElse(aangifte == null ? null : trim(aangifte.kwartaal));
    }

    static List<Dmfa.WorkerLine> workerLines(GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte) {
        if (aangifte == null || aangifte.werknemer == null) {
            return List.of();
        }
        return aangifte.werknemer.werknemerslijnen.stream()
                .map(l -> new Dmfa.WorkerLine(trim(l.categorie), trim(l.kerngetal),
                        l.periode == null ? null : trim(l.periode.begin), l.periode == null ? null : trim(l.periode.einde)))
                .toList();
    }

    private static Optional<DmfaQuarter> quarter(GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte) {
        return aangifte == null ? Optional.empty() : DmfaQuarter.fromMagda(aangifte.kwartaal);
    }

    private static Dmfa.Status status(GeefDmfaVoorWerknemerXml.Status status) {
        return status == null ? null : new Dmfa.Status(trim(status.code), trim(status.omschrijving));
    }

    private static Dmfa.Employer employer(GeefDmfaVoorWerknemerXml.AangifteWerkgever aangifte) {
        return aangifte == null ? null : new Dmfa.Employer(trim(aangifte.rszNummer), trim(aangifte.ondernemingsnummer));
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = s.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
