package com.magdagateway.registration.client;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.registration.RegistrationPeriod;
import com.magdagateway.registration.Registration;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RegistrationPersonas;
import com.magdagateway.support.WireMockSupport;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@ConnectWireMock
class RegistreerInschrijvingClientTest {

    WireMock wiremock;

    @Inject
    RegistreerInschrijvingClient client;

    @Inject
    InszValidator validator;

    @BeforeEach
    void resetJournal() {
        wiremock.resetRequests();
    }

    private MagdaAnswer<Registration> register(String insz) {
        return client.register(validator.parse(insz), UUID.randomUUID().toString()).await().atMost(Duration.ofSeconds(10));
    }

    private static void assertFails(Runnable call, ErrorCode expected) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void registersThePersonFromTodayInBrusselsWithoutEndDateAndWithOurIdentity() {
        String reference = UUID.randomUUID().toString();
        LocalDate before = LocalDate.now(RegistrationPeriod.BRUSSELS);
        client.register(validator.parse(RegistrationPersonas.ACCEPTED), reference).await().atMost(Duration.ofSeconds(10));
        LocalDate after = LocalDate.now(RegistrationPeriod.BRUSSELS);
        String begin = "//Inschrijving/Periode/Begin[text()='" + before + "' or text()='" + after + "']";
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Verzoek/Context/Naam[text()='RegistreerInschrijving']"))
                .withRequestBody(matchingXPath("//Verzoek/Context/Versie[text()='02.01.0000']"))
                .withRequestBody(matchingXPath("//Afzender/Identificatie[text()='kb.vlaanderen.be/magda-gateway']"))
                .withRequestBody(matchingXPath("//Afzender/Hoedanigheid[text()='1300']"))
                .withRequestBody(matchingXPath("//Afzender/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Vragen/Vraag/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Inschrijving/Identificatie[text()='kb.vlaanderen.be/magda-gateway']"))
                .withRequestBody(matchingXPath("//Inschrijving/Hoedanigheid[text()='1300']"))
                .withRequestBody(matchingXPath("//Inschrijving/BetrokkenSubject/Type[text()='PERS']"))
                .withRequestBody(matchingXPath("//BetrokkenSubject/Subjecten/Subject/Type[text()='PERS']"))
                .withRequestBody(matchingXPath(
                        "//BetrokkenSubject/Subjecten/Subject/Sleutel[text()='" + RegistrationPersonas.ACCEPTED + "']"))
                .withRequestBody(matchingXPath(begin))
                .withRequestBody(notContaining("Einde")));
    }

    @Test
    void resultaatOneIsConfirmed() {
        MagdaAnswer<Registration> answer = register(RegistrationPersonas.ACCEPTED);
        assertThat(answer.content().registered()).isEqualTo(true);
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void alreadyRegisteredIsConfirmedWithTheWarningEvenBesideResultaatZero() {
        MagdaAnswer<Registration> answer = register(RegistrationPersonas.ALREADY_REGISTERED);
        assertThat(answer.warnings()).extracting(MagdaMessage::code).containsExactly("40143");
        assertThat(answer.warnings()).extracting(MagdaMessage::severity).containsExactly(MagdaMessage.Severity.WARNING);
    }

    @Test
    void resultaatZeroIsRejected() {
        assertFails(() -> register(RegistrationPersonas.REJECTED), ErrorCode.REGISTRATION_REJECTED);
    }

    @Test
    void busyAtRepliekLevelIsBackendBusyAndSentOnlyOnce() {
        assertFails(() -> register(RegistrationPersonas.BUSY), ErrorCode.BACKEND_BUSY);
        assertThat(WireMockSupport.allRequests(wiremock)).as("a write is never retried").isEqualTo(1);
    }

    @Test
    void anAnswerWithoutResultaatIsNotTakenForSuccess() {
        assertFails(() -> register(RegistrationPersonas.NO_RESULT), ErrorCode.BACKEND_ERROR);
    }
}
