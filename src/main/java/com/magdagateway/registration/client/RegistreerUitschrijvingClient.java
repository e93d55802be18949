package com.magdagateway.registration.client;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaAnswerReader;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaEnvelope;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.MagdaTransport;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA RegistreerUitschrijving 02.00: ends a person's registration on a date, sent once, never retried. */
@ApplicationScoped
public class RegistreerUitschrijvingClient {

    private final RegistreerUitschrijvingPort port;
    private final MagdaTransport transport;
    private final MagdaEnvelope envelope;
    private final MagdaConfig config;

    public RegistreerUitschrijvingClient(@CXFClient("RegistreerUitschrijving") RegistreerUitschrijvingPort port,
            MagdaTransport transport, MagdaEnvelope envelope, MagdaConfig config) {
        this.port = port;
        this.transport = transport;
        this.envelope = envelope;
        this.config = config;
    }

    @PostConstruct
    void prepare() {
        transport.prepare(port, MagdaService.REGISTREER_UITSCHRIJVING);
    }

    /**
     * Ends {@code insz}'s registration on {@code endDate}; 422 {@code REGISTRATION_REJECTED} on Resultaat 0. A person
     * MAGDA has no registration for (40003) is already where the caller wants them: an answer without content and
     * the 40003 as a warning.
     */
    public Uni<MagdaAnswer<RegistratieResultaat>> deregister(Insz insz, LocalDate endDate, String reference) {
        RegistreerUitschrijvingXml.Request request = request(insz, endDate, reference);
        return transport.<RegistratieResultaat, RegistreerUitschrijvingXml.Response> call(
                handler -> port.registreerUitschrijvingAsync(request, handler), MagdaAnswerReader.NoData.NOT_FOUND,
                MagdaQuestion.reference(reference))
                .map(RegistrationResults::confirmDeregistration)
                .onFailure(RegistrationResults::notRegistered).recoverWithItem(RegistrationResults::alreadyDeregistered);
    }

    RegistreerUitschrijvingXml.Request request(Insz insz, LocalDate endDate, String reference) {
        RegistreerUitschrijvingXml.Periode periode = new RegistreerUitschrijvingXml.Periode();
        periode.einde = endDate.toString();
        RegistreerUitschrijvingXml.Uitschrijving uitschrijving = new RegistreerUitschrijvingXml.Uitschrijving();
        // MAGDA refuses (20005) an Uitschrijving whose Identificatie/Hoedanigheid differ from the Context's.
        uitschrijving.identificatie = config.clientId();
        uitschrijving.hoedanigheid = config.capacity();
        uitschrijving.insz = insz.value();
        uitschrijving.periode = periode;
        RegistreerUitschrijvingXml.VraagInhoud inhoud = new RegistreerUitschrijvingXml.VraagInhoud();
        inhoud.uitschrijving = uitschrijving;
        RegistreerUitschrijvingXml.Vraag vraag = new RegistreerUitschrijvingXml.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud;
        RegistreerUitschrijvingXml.Verzoek verzoek = new RegistreerUitschrijvingXml.Verzoek();
        verzoek.context = envelope.context(MagdaService.REGISTREER_UITSCHRIJVING, reference);
        verzoek.vragen.add(vraag);
        RegistreerUitschrijvingXml.Request request = new RegistreerUitschrijvingXml.Request();
        request.verzoek = verzoek;
        return request;
    }
}
