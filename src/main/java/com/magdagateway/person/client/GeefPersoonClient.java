package com.magdagateway.person.client;

import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaAnswerReader;
import com.magdagateway.magda.MagdaEnvelope;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.MagdaTransport;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA GeefPersoon 02.02: the only class that knows its request and answer shapes. */
@ApplicationScoped
public class GeefPersoonClient {

    private final GeefPersoonPort port;
    private final MagdaTransport transport;
    private final MagdaEnvelope envelope;

    public GeefPersoonClient(@CXFClient("GeefPersoon") GeefPersoonPort port, MagdaTransport transport,
            MagdaEnvelope envelope) {
        this.port = port;
        this.transport = transport;
        this.envelope = envelope;
    }

    @PostConstruct
    void prepare() {
        transport.prepare(port, MagdaService.GEEF_PERSOON);
    }

    public Uni<MagdaAnswer<GeefPersoonXml.Persoon>> fetch(Insz insz, String reference) {
        GeefPersoonXml.Request request = request(insz, reference);
        return transport.<GeefPersoonXml.Persoon, GeefPersoonXml.Response> call(
                handler -> port.geefPersoonAsync(request, handler), MagdaAnswerReader.NoData.NOT_FOUND,
                new MagdaQuestion<>(reference, about(insz)));
    }

    GeefPersoonXml.Request request(Insz insz, String reference) {
        GeefPersoonXml.OpvragingenKsz opvragingen = new GeefPersoonXml.OpvragingenKsz();
        opvragingen.basisPersoonsgegevens = "1";
        GeefPersoonXml.Criteria criteria = new GeefPersoonXml.Criteria();
        criteria.insz = insz.value();
        criteria.opvragingenKsz = opvragingen;
        GeefPersoonXml.VraagInhoud inhoud = new GeefPersoonXml.VraagInhoud();
        inhoud.criteria = criteria;
        inhoud.bron = "RR";
        inhoud.taal = "nl";
        GeefPersoonXml.Vraag vraag = new GeefPersoonXml.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud;
        GeefPersoonXml.Verzoek verzoek = new GeefPersoonXml.Verzoek();
        verzoek.context = envelope.context(MagdaService.GEEF_PERSOON, reference);
        verzoek.vragen.add(vraag);
        GeefPersoonXml.Request request = new GeefPersoonXml.Request();
        request.verzoek = verzoek;
        return request;
    }

    /** GeefPersoon names the person it describes: it must be the one asked. */
    static Predicate<GeefPersoonXml.Persoon> about(Insz insz) {
        return persoon -> persoon.insz != null && insz.value().equals(persoon.insz.trim());
    }
}
