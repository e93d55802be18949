package com.magdagateway.registration.client;

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
import com.magdagateway.registration.RegistrationPeriod;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA RegistreerInschrijving 02.01: registers a person from today without end date, sent once, never retried. */
@ApplicationScoped
public class RegistreerInschrijvingClient {

    private final RegistreerInschrijvingPort port;
    private final MagdaTransport transport;
    private final MagdaEnvelope envelope;
    private final MagdaConfig config;

    public RegistreerInschrijvingClient(@CXFClient("RegistreerInschrijving") RegistreerInschrijvingPort port,
            MagdaTransport transport, MagdaEnvelope envelope, MagdaConfig config) {
        this.port = port;
        this.transport = transport;
        this.envelope = envelope;
        this.config = config;
    }

    @PostConstruct
    void prepare() {
        transport.prepare(port, MagdaService.REGISTREER_INSCHRIJVING);
    }

    /** Registers {@code insz}; fails with 422 {@code REGISTRATION_REJECTED} when MAGDA answers Resultaat 0. */
    public Uni<MagdaAnswer<RegistratieResultaat>> register(Insz insz, String reference) {
        RegistreerInschrijvingXml.Request request = request(insz, reference);
        return transport.<RegistratieResultaat, RegistreerInschrijvingXml.Response> call(
                handler -> port.registreerInschrijvingAsync(request, handler), MagdaAnswerReader.NoData.NOT_FOUND,
                MagdaQuestion.reference(reference))
                .map(RegistrationResults::confirmRegistration);
    }

    RegistreerInschrijvingXml.Request request(Insz insz, String reference) {
        RegistreerInschrijvingXml.Subject subject = new RegistreerInschrijvingXml.Subject();
        subject.type = RegistreerInschrijvingXml.PERSOON;
        subject.sleutel = insz.value();
        RegistreerInschrijvingXml.BetrokkenSubject betrokken = new RegistreerInschrijvingXml.BetrokkenSubject();
        betrokken.type = RegistreerInschrijvingXml.PERSOON;
        betrokken.subjecten.add(subject);
        RegistreerInschrijvingXml.Periode periode = new RegistreerInschrijvingXml.Periode();
        periode.begin = RegistrationPeriod.startToday().toString(); // no Einde: registered until deregistered
        RegistreerInschrijvingXml.Inschrijving inschrijving = new RegistreerInschrijvingXml.Inschrijving();
        // MAGDA refuses (20005) an Inschrijving whose Identificatie/Hoedanigheid differ from the Context's.
        inschrijving.identificatie = config.clientId();
        inschrijving.hoedanigheid = config.capacity();
        inschrijving.betrokkenSubject = betrokken;
        inschrijving.periode = periode;
        RegistreerInschrijvingXml.VraagInhoud inhoud = new RegistreerInschrijvingXml.VraagInhoud();
        inhoud.inschrijving = inschrijving;
        RegistreerInschrijvingXml.Vraag vraag = new RegistreerInschrijvingXml.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud;
        RegistreerInschrijvingXml.Verzoek verzoek = new RegistreerInschrijvingXml.Verzoek();
        verzoek.context = envelope.context(MagdaService.REGISTREER_INSCHRIJVING, reference);
        verzoek.vragen.add(vraag);
        RegistreerInschrijvingXml.Request request = new RegistreerInschrijvingXml.Request();
        request.verzoek = verzoek;
        return request;
    }
}
