package com.magdagateway.registration.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.magda.client.MagdaAnswerReader;
import com.magdagateway.support.RegistrationPersonas;
import com.magdagateway.support.SoapBodies;

/** From the stub XML through our JAXB subset to the Resultaat check. */
class RegistrationAnswerTest {

    private static MagdaAnswer<RegistratieAntwoord> inschrijving(String stub) {
        return RegistrationResults.confirmRegistration(read("registration/inschrijving-" + stub + ".xml"));
    }

    private static MagdaAnswer<RegistratieAntwoord> uitschrijving(String stub) {
        return RegistrationResults.confirmDeregistration(read("registration/uitschrijving-" + stub + ".xml"));
    }

    private static MagdaAnswer<RegistratieAntwoord> read(String stub) {
        return MagdaAnswerReader.read(SoapBodies.answer(stub, RegistratieAntwoord.class), RegistratieAntwoord.class,
                MagdaAnswerReader.NoData.NOT_FOUND);
    }

    private static void assertFails(Runnable read, ErrorCode expected) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void aConfirmedRegistrationReadsResultaatOne() {
        MagdaAnswer<RegistratieAntwoord> answer = inschrijving("success");
        assertThat(answer.content().resultaat.code).isEqualTo("1");
        assertThat(answer.content().resultaat.beschrijving).isEqualTo("Wel geslaagd");
    }

    @Test
    void aConfirmedDeregistrationReadsResultaatOne() {
        assertThat(uitschrijving("success").content().resultaat.code).isEqualTo("1");
    }

    @Test
    void alreadyRegisteredStubsAreSuccessesWithTheWarning() {
        assertThat(inschrijving("already-registered").warnings()).extracting(MagdaMessage::code).containsExactly("40143");
        assertThat(inschrijving("already-registered").content().resultaat.code).as("the stub's Resultaat is 0").isEqualTo("0");
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
    void notRegisteredOnDeregistrationBecomesAWarning() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> uitschrijving("not-registered"));
        assertThat(RegistrationResults.notRegistered(failure)).isTrue();
        MagdaAnswer<RegistratieAntwoord> answer = RegistrationResults.alreadyDeregistered(failure);
        assertThat(answer.content()).isNull();
        assertThat(answer.warnings()).extracting(MagdaMessage::code).containsExactly("40003");
    }
}
