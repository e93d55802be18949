package com.magdagateway.dmfa.client;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.dmfa.DmfaQuarter;
import com.magdagateway.dmfa.DmfaQuarterRange;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaAnswerReader;
import com.magdagateway.magda.MagdaEnvelope;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.MagdaTransport;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA GeefDmfaVoorWerknemer 03.00 (KSZ S297 DmfA): the only class that knows its wire shapes. */
@ApplicationScoped
public class GeefDmfaVoorWerknemerClient {

    /** The DmfA replaced the old quarterly declaration on 1 January 2003: no attestation predates this quarter. */
    static final DmfaQuarter FIRST_DMFA_QUARTER = new DmfaQuarter(2003, 1);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final GeefDmfaVoorWerknemerPort port;
    private final MagdaTransport transport;
    private final MagdaEnvelope envelope;

    public GeefDmfaVoorWerknemerClient(@CXFClient("GeefDmfaVoorWerknemer") GeefDmfaVoorWerknemerPort port,
            MagdaTransport transport, MagdaEnvelope envelope) {
        this.port = port;
        this.transport = transport;
        this.envelope = envelope;
    }

    @PostConstruct
    void prepare() {
        transport.prepare(port, MagdaService.GEEF_DMFA_VOOR_WERKNEMER);
    }

    /** The person's attestations; MAGDA's "no data" becomes empty content (a list resource), not an error. */
    public Uni<MagdaAnswer<GeefDmfaVoorWerknemerXml.Inhoud>> fetch(Insz insz, DmfaQuarterRange range, String reference) {
        GeefDmfaVoorWerknemerXml.Request request = request(insz, range, reference, LocalDate.now(BRUSSELS));
        return transport.<GeefDmfaVoorWerknemerXml.Inhoud, GeefDmfaVoorWerknemerXml.Response> call(
                handler -> port.geefDmfaVoorWerknemerAsync(request, handler), MagdaAnswerReader.NoData.EMPTY,
                new MagdaQuestion<>(reference, about(insz)));
    }

    GeefDmfaVoorWerknemerXml.Request request(Insz insz, DmfaQuarterRange range, String reference, LocalDate today) {
        GeefDmfaVoorWerknemerXml.Criteria criteria = new GeefDmfaVoorWerknemerXml.Criteria();
        criteria.insz = insz.value();
        criteria.kwartaal = kwartalen(range, today);
        GeefDmfaVoorWerknemerXml.VraagInhoud inhoud = new GeefDmfaVoorWerknemerXml.VraagInhoud();
        inhoud.criteria = criteria;
        inhoud.typeAntwoord = "0";
        inhoud.laatsteSituatie = "0";
        inhoud.bron = "RSZ";
        GeefDmfaVoorWerknemerXml.Vraag vraag = new GeefDmfaVoorWerknemerXml.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud;
        GeefDmfaVoorWerknemerXml.Verzoek verzoek = new GeefDmfaVoorWerknemerXml.Verzoek();
        verzoek.context = envelope.context(MagdaService.GEEF_DMFA_VOOR_WERKNEMER, reference);
        verzoek.vragen.add(vraag);
        GeefDmfaVoorWerknemerXml.Request request = new GeefDmfaVoorWerknemerXml.Request();
        request.verzoek = verzoek;
        return request;
    }

    /**
     * MAGDA requires both bounds: an absent {@code fromQuarter} is the first DmfA quarter, an absent
     * {@code toQuarter} the current one, each widened so that MAGDA never receives a begin after its end.
     */
    static GeefDmfaVoorWerknemerXml.Kwartalen kwartalen(DmfaQuarterRange range, LocalDate today) {
        DmfaQuarter begin = range.from() != null ? range.from() : earliest(FIRST_DMFA_QUARTER, range.to());
        DmfaQuarter end = range.to() != null ? range.to() : latest(DmfaQuarter.of(today), begin);
        GeefDmfaVoorWerknemerXml.Kwartalen kwartalen = new GeefDmfaVoorWerknemerXml.Kwartalen();
        kwartalen.begin = kwartaal(begin);
        kwartalen.einde = kwartaal(end);
        return kwartalen;
    }

    private static DmfaQuarter earliest(DmfaQuarter a, DmfaQuarter b) {
        return b != null && b.compareTo(a) < 0 ? b : a;
    }

    private static DmfaQuarter latest(DmfaQuarter a, DmfaQuarter b) {
        return b.isAfter(a) ? b : a;
    }

    private static GeefDmfaVoorWerknemerXml.Kwartaal kwartaal(DmfaQuarter quarter) {
        GeefDmfaVoorWerknemerXml.Kwartaal kwartaal = new GeefDmfaVoorWerknemerXml.Kwartaal();
        kwartaal.jaar = String.valueOf(quarter.year());
        kwartaal.kwartaalcijfer = String.valueOf(quarter.quarter());
        return kwartaal;
    }

    /** Every attestation's worker must be the person asked. */
    static Predicate<GeefDmfaVoorWerknemerXml.Inhoud> about(Insz insz) {
        return inhoud -> MagdaQuestion.namesOnly(insz.value(), inhoud.attesten.stream()
                .filter(a -> a.aangifteWerkgever != null && a.aangifteWerkgever.werknemer != null)
                .map(a -> a.aangifteWerkgever.werknemer.insz));
    }
}
