package com.magdagateway.household.client;

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

/** Adapter for MAGDA GeefGezinssamenstelling 02.02: the only class that knows its request and answer shapes. */
@ApplicationScoped
public class GeefGezinssamenstellingClient {

    private final GeefGezinssamenstellingPort port;
    private final MagdaTransport transport;
    private final MagdaEnvelope envelope;

    public GeefGezinssamenstellingClient(@CXFClient("GeefGezinssamenstelling") GeefGezinssamenstellingPort port,
            MagdaTransport transport, MagdaEnvelope envelope) {
        this.port = port;
        this.transport = transport;
        this.envelope = envelope;
    }

    @PostConstruct
    void prepare() {
        transport.prepare(port, MagdaService.GEEF_GEZINSSAMENSTELLING);
    }

    /** The household is about one person: MAGDA's "no data" means that person is unknown (404). */
    public Uni<MagdaAnswer<GeefGezinssamenstellingXml.Gezinsleden>> fetch(Insz insz, String reference) {
        GeefGezinssamenstellingXml.Request request = request(insz, reference);
        return transport.<GeefGezinssamenstellingXml.Gezinsleden, GeefGezinssamenstellingXml.Response> call(
                handler -> port.geefGezinssamenstellingAsync(request, handler), MagdaAnswerReader.NoData.NOT_FOUND,
                new MagdaQuestion<>(reference, about(insz)));
    }

    GeefGezinssamenstellingXml.Request request(Insz insz, String reference) {
        GeefGezinssamenstellingXml.Criteria criteria = new GeefGezinssamenstellingXml.Criteria();
        criteria.insz = insz.value();
        GeefGezinssamenstellingXml.VraagInhoud inhoud = new GeefGezinssamenstellingXml.VraagInhoud();
        inhoud.criteria = criteria;
        inhoud.taal = "nl";
        GeefGezinssamenstellingXml.Vraag vraag = new GeefGezinssamenstellingXml.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud;
        GeefGezinssamenstellingXml.Verzoek verzoek = new GeefGezinssamenstellingXml.Verzoek();
        verzoek.context = envelope.context(MagdaService.GEEF_GEZINSSAMENSTELLING, reference);
        verzoek.vragen.add(vraag);
        GeefGezinssamenstellingXml.Request request = new GeefGezinssamenstellingXml.Request();
        request.verzoek = verzoek;
        return request;
    }

    /**
     * The household asked for is the one the person asked about belongs to, so that person must be among its
     * members (not necessarily its reference person: a spouse's household has the other spouse at its head).
     */
    static Predicate<GeefGezinssamenstellingXml.Gezinsleden> about(Insz insz) {
        return leden -> leden.gezinsleden.isEmpty() || leden.gezinsleden.stream()
                .anyMatch(lid -> lid.insz != null && insz.value().equals(lid.insz.trim()));
    }
}
