package com.magdagateway.selfemployment.client;

import java.util.function.Predicate;
import java.util.stream.Stream;

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

/** Adapter for MAGDA GeefLoopbaanARZA 02.01 (KSZ S264 SelfEmployedService): the only class that knows its shapes. */
@ApplicationScoped
public class GeefLoopbaanArzaClient {

    private final GeefLoopbaanArzaPort port;
    private final MagdaTransport transport;
    private final MagdaEnvelope envelope;

    public GeefLoopbaanArzaClient(@CXFClient("GeefLoopbaanARZA") GeefLoopbaanArzaPort port, MagdaTransport transport,
            MagdaEnvelope envelope) {
        this.port = port;
        this.transport = transport;
        this.envelope = envelope;
    }

    @PostConstruct
    void prepare() {
        transport.prepare(port, MagdaService.GEEF_LOOPBAAN_ARZA);
    }

    /** A career is a list: MAGDA's "no data" means no self-employed career, answered as null content. */
    public Uni<MagdaAnswer<GeefLoopbaanArzaXml.Zelfstandige>> fetch(Insz insz, String reference) {
        GeefLoopbaanArzaXml.Request request = request(insz, reference);
        return transport.<GeefLoopbaanArzaXml.Zelfstandige, GeefLoopbaanArzaXml.Response> call(
                handler -> port.geefLoopbaanArzaAsync(request, handler), MagdaAnswerReader.NoData.EMPTY,
                new MagdaQuestion<>(reference, about(insz)));
    }

    GeefLoopbaanArzaXml.Request request(Insz insz, String reference) {
        GeefLoopbaanArzaXml.Criteria criteria = new GeefLoopbaanArzaXml.Criteria();
        criteria.insz = insz.value();
        GeefLoopbaanArzaXml.VraagInhoud inhoud = new GeefLoopbaanArzaXml.VraagInhoud();
        inhoud.criteria = criteria;
        inhoud.taal = "nl";
        GeefLoopbaanArzaXml.Vraag vraag = new GeefLoopbaanArzaXml.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud;
        GeefLoopbaanArzaXml.Verzoek verzoek = new GeefLoopbaanArzaXml.Verzoek();
        verzoek.context = envelope.context(MagdaService.GEEF_LOOPBAAN_ARZA, reference);
        verzoek.vragen.add(vraag);
        GeefLoopbaanArzaXml.Request request = new GeefLoopbaanArzaXml.Request();
        request.verzoek = verzoek;
        return request;
    }

    /** The self-employed person the answer names must be the one asked. */
    static Predicate<GeefLoopbaanArzaXml.Zelfstandige> about(Insz insz) {
        return zelfstandige -> MagdaQuestion.namesOnly(insz.value(), Stream.of(zelfstandige.insz));
    }
}
