package com.magdagateway.registration.client;

import java.time.LocalDate;

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

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/** Adapter for MAGDA RegistreerUitschrijving 02.00: ends a person's registration on a given date, sent once, never retried. */
@ApplicationScoped
public class RegistreerUitschrijvingClient {

    private final MagdaOperation<RegistratieAntwoord> registreerUitschrijving;
    private final MagdaConfig config;

    RegistreerUitschrijvingClient(@CXFClient("RegistreerUitschrijving") RegistreerUitschrijvingXml.Port port,
            MagdaTransport transport, MagdaConfig config) {
        this.registreerUitschrijving = transport.operation(MagdaService.REGISTREER_UITSCHRIJVING, port,
                port::RegistreerUitschrijvingAsync, RegistratieAntwoord.class, NoData.NOT_FOUND);
        this.config = config;
    }

    /**
     * Ends {@code insz}'s registration on {@code endDate}; 422 {@code REGISTRATION_REJECTED} on Resultaat 0. A person
     * MAGDA has no registration for (40003) is already where the caller wants them: not registered, nothing ends,
     * and the 40003 as a warning.
     */
    public Uni<MagdaAnswer<Registration>> deregister(Insz insz, LocalDate endDate, String reference) {
        return registreerUitschrijving.ask(reference, question(insz, endDate))
                .map(RegistrationResults::confirmDeregistration)
                .onFailure(RegistrationResults::notRegistered).recoverWithItem(RegistrationResults::alreadyDeregistered)
                .map(answer -> answer.map(confirmed -> new Registration(insz.value(), false, confirmed == null ? null : endDate)));
    }

    RegistreerUitschrijvingXml.Vraag question(Insz insz, LocalDate endDate) {
        MagdaTypes.Periode periode = new MagdaTypes.Periode();
        periode.einde = endDate.toString();
        RegistreerUitschrijvingXml.Uitschrijving uitschrijving = new RegistreerUitschrijvingXml.Uitschrijving();
        // MAGDA refuses (20005) an Uitschrijving whose Identificatie/Hoedanigheid differ from the Context's.
        uitschrijving.identificatie = config.clientId();
        uitschrijving.hoedanigheid = config.capacity();
        uitschrijving.insz = insz.value();
        uitschrijving.periode = periode;
        RegistreerUitschrijvingXml.Vraag vraag = new RegistreerUitschrijvingXml.Vraag();
        vraag.uitschrijving = uitschrijving;
        return vraag;
    }
}
