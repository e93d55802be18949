package com.magdagateway.dimona.client;

import java.time.LocalDate;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.dimona.DimonaPeriod;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaAnswerReader;
import com.magdagateway.magda.MagdaEnvelope;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.MagdaTransport;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA GeefWerkrelaties 02.00 (KSZ S296 Dimona): the only class that knows its wire shapes. */
@ApplicationScoped
public class GeefWerkrelatiesClient {

    /**
     * MAGDA requires a begin date; without {@code from} we ask from a date before any Dimona declaration (the
     * personnel register also holds employments that started before Dimona existed).
     */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final GeefWerkrelatiesPort port;
    private final MagdaTransport transport;
    private final MagdaEnvelope envelope;

    public GeefWerkrelatiesClient(@CXFClient("GeefWerkrelaties") GeefWerkrelatiesPort port, MagdaTransport transport,
            MagdaEnvelope envelope) {
        this.port = port;
        this.transport = transport;
        this.envelope = envelope;
    }

    @PostConstruct
    void prepare() {
        transport.prepare(port, MagdaService.GEEF_WERKRELATIES);
    }

    /** The person's declarations; MAGDA's "no data" becomes empty content (a list resource), not an error. */
    public Uni<MagdaAnswer<GeefWerkrelatiesXml.Inhoud>> fetch(Insz insz, DimonaPeriod period, String reference) {
        GeefWerkrelatiesXml.Request request = request(insz, period, reference);
        return transport.<GeefWerkrelatiesXml.Inhoud, GeefWerkrelatiesXml.Response> call(
                handler -> port.geefWerkrelatiesAsync(request, handler), MagdaAnswerReader.NoData.EMPTY,
                new MagdaQuestion<>(reference, about(insz)));
    }

    GeefWerkrelatiesXml.Request request(Insz insz, DimonaPeriod period, String reference) {
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
        GeefWerkrelatiesXml.VraagInhoud inhoud = new GeefWerkrelatiesXml.VraagInhoud();
        inhoud.typeAntwoord = "0";
        inhoud.criteria = criteria;
        GeefWerkrelatiesXml.Vraag vraag = new GeefWerkrelatiesXml.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud;
        GeefWerkrelatiesXml.Verzoek verzoek = new GeefWerkrelatiesXml.Verzoek();
        verzoek.context = envelope.context(MagdaService.GEEF_WERKRELATIES, reference);
        verzoek.vragen.add(vraag);
        GeefWerkrelatiesXml.Request request = new GeefWerkrelatiesXml.Request();
        request.verzoek = verzoek;
        return request;
    }

    /** An absent {@code to} stays absent (open-ended); an absent {@code from} becomes {@link #EARLIEST}. */
    static GeefWerkrelatiesXml.Periode periode(DimonaPeriod period) {
        LocalDate begin = period.from() != null ? period.from()
                : period.to() != null && period.to().isBefore(EARLIEST) ? period.to() : EARLIEST;
        GeefWerkrelatiesXml.Periode periode = new GeefWerkrelatiesXml.Periode();
        periode.begin = begin.toString();
        periode.einde = period.to() == null ? null : period.to().toString();
        return periode;
    }

    /** Every contract's worker must be the person asked. */
    static Predicate<GeefWerkrelatiesXml.Inhoud> about(Insz insz) {
        return inhoud -> MagdaQuestion.namesOnly(insz.value(), inhoud.contracten.stream()
                .filter(c -> c.relatie != null && c.relatie.werknemer != null).map(c -> c.relatie.werknemer.insz));
    }
}
