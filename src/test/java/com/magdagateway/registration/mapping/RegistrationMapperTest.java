package com.magdagateway.registration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.magdagateway.insz.Insz;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaAnswerReader;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.registration.Registration;
import com.magdagateway.registration.client.RegistratieResultaat;
import com.magdagateway.registration.client.RegistrationResults;
import com.magdagateway.registration.client.RegistreerInschrijvingXml;
import com.magdagateway.registration.client.RegistreerUitschrijvingXml;
import com.magdagateway.support.RegistrationPersonas;
import com.magdagateway.support.SoapBodies;

/** From the stub XML through our JAXB subset and the Resultaat check to the contract's registration state. */
class RegistrationMapperTest {

    private static final Insz INSZ = new InszValidator(true).parse(RegistrationPersonas.ACCEPTED);

    private static MagdaAnswer<RegistratieResultaat> inschrijving(String stub) {
        RegistreerInschrijvingXml.Response response = SoapBodies.read("registration/inschrijving-" + stub + ".xml",
                RegistreerInschrijvingXml.Response.class);
        return RegistrationResults.confirmRegistration(MagdaAnswerReader.read(response, MagdaAnswerReader.NoData.NOT_FOUND));
    }

    private static MagdaAnswer<RegistratieResultaat> uitschrijving(String stub) {
        RegistreerUitschrijvingXml.Response response = SoapBodies.read("registration/uitschrijving-" + stub + ".xml",
                RegistreerUitschrijvingXml.Response.class);
        return RegistrationResults.confirmDeregistration(MagdaAnswerReader.read(response, MagdaAnswerReader.NoData.NOT_FOUND));
    }

    private static void assertFails(Runnable read, ErrorCode expected) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void aConfirmedRegistrationIsRegisteredWithoutEndDate() {
        MagdaAnswer<RegistratieResultaat> answer = inschrijving("success");
        assertThat(answer.content().code).isEqualTo("1");
        assertThat(answer.content().beschrijving).isEqualTo("Wel geslaagd");
        assertThat(RegistrationMapper.registered(INSZ)).isEqualTo(new Registration(RegistrationPersonas.ACCEPTED, true, null));
    }

    @Test
    void aConfirmedDeregistrationIsNotRegisteredAndCarriesTheEndDate() {
        assertThat(uitschrijving("success").content().code).isEqualTo("1");
        LocalDate end = LocalDate.of(2026, 2, 28);
        assertThat(RegistrationMapper.deregistered(INSZ, end))
                .isEqualTo(new Registration(RegistrationPersonas.ACCEPTED, false, end));
    }

    @Test
    void alreadyRegisteredStubsAreSuccessesWithTheWarning() {
        assertThat(inschrijving("already-registered").warnings()).extracting(MagdaMessage::code).containsExactly("40143");
        assertThat(inschrijving("already-registered").content().code).as("the stub's Resultaat is 0").isEqualTo("0");
        assertThat(uitschrijving("already-registered").warnings()).extracting(MagdaMessage::code).containsExactly("40143");
    }

    @Test
    void failureStubsFailPerContract() {
        assertFails(() -> inschrijving("rejected"), ErrorCode.REGISTRATION_REJECTED);
        assertFails(() -> uitschrijving("rejected"), ErrorCode.REGISTRATION_REJECTED);
        assertFails(() -> inschrijving("busy"), ErrorCode.BACKEND_BUSY);
        assertFails(() -> uitschrijving("busy"), ErrorCode.BACKEND_BUSY);
        assertFails(() -> inschrijving("no-result"), ErrorCode.BACKEND_ERROR);
        assertFails(() -> uitschrijving("no-result"), ErrorCode.BACKEND_ERROR);
        assertFails(() -> uitschrijving("not-registered"), ErrorCode.PERSON_NOT_REGISTERED);
    }

    @Test
    void notRegisteredOnDeregistrationBecomesAWarningAndANotRegisteredState() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> uitschrijving("not-registered"));
        assertThat(RegistrationResults.notRegistered(failure)).isTrue();
        MagdaAnswer<RegistratieResultaat> answer = RegistrationResults.alreadyDeregistered(failure);
        assertThat(answer.content()).isNull();
        assertThat(answer.warnings()).extracting(MagdaMessage::code).containsExactly("40003");
        assertThat(RegistrationMapper.notRegistered(INSZ)).isEqualTo(new Registration(RegistrationPersonas.ACCEPTED, false, null));
    }
}
