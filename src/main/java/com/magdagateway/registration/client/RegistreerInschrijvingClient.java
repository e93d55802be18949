package com.magdagateway.registration.client;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.client.MagdaOperation;
import com.magdagateway.magda.client.MagdaTransport;
import com.magdagateway.magda.client.MagdaTypes;
import com.magdagateway.registration.Registration;
import com.magdagateway.registration.RegistrationPeriod;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA RegistreerInschrijving 02.01: registers a person from today without end date, sent once, never retried. */
@ApplicationScoped
public class RegistreerInschrijvingClient {

    private final MagdaOperation<RegistratieAntwoord> registreerInschrijving;
    private final MagdaConfig config;

    RegistreerInschrijvingClient(@CXFClient("RegistreerInschrijving") RegistreerInschrijvingXml.Port port,
            MagdaTransport transport, MagdaConfig config) {
        this.registreerInschrijving = transport.operation(MagdaService.REGISTREER_INSCHRIJVING, port,
                port::RegistreerInschrijvingAsync, RegistratieAntwoord.class, NoData.NOT_FOUND);
        this.config = config;
    }

    /** Registers {@code insz}; fails with 422 {@code REGISTRATION_REJECTED} when MAGDA answers Resultaat 0. */
    public Uni<MagdaAnswer<Registration>> register(Insz insz, String reference) {
        return registreerInschrijving.ask(reference, question(insz))
                .map(RegistrationResults::confirmRegistration)
                .map(answer -> answer.map(confirmed -> new Registration(insz.value(), true, null)));
    }

    RegistreerInschrijvingXml.Vraag question(Insz insz) {
        RegistreerInschrijvingXml.Subject subject = new RegistreerInschrijvingXml.Subject();
        subject.type = RegistreerInschrijvingXml.PERSOON;
        subject.sleutel = insz.value();
        RegistreerInschrijvingXml.BetrokkenSubject betrokken = new RegistreerInschrijvingXml.BetrokkenSubject();
        betrokken.type = RegistreerInschrijvingXml.PERSOON;
        betrokken.subjecten.add(subject);
        MagdaTypes.Periode periode = new MagdaTypes.Periode();
        periode.begin = RegistrationPeriod.startToday().toString(); // no Einde: registered until deregistered
        RegistreerInschrijvingXml.Inschrijving inschrijving = new RegistreerInschrijvingXml.Inschrijving();
        // MAGDA refuses (20005) an Inschrijving whose Identificatie/Hoedanigheid differ from the Context's.
        inschrijving.identificatie = config.clientId();
        inschrijving.hoedanigheid = config.capacity();
        inschrijving.betrokkenSubject = betrokken;
        inschrijving.periode = periode;
        RegistreerInschrijvingXml.Vraag vraag = new RegistreerInschrijvingXml.Vraag();
        vraag.inschrijving = inschrijving;
        return vraag;
    }
}
