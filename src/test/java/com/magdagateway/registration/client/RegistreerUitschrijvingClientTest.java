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
import com.magdagateway.registration.Registration;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RegistrationPersonas;
import com.magdagateway.support.WireMockSupport;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@ConnectWireMock
class RegistreerUitschrijvingClientTest {

    private static final LocalDate END = LocalDate.of(2026, 2, 28);

    WireMock wiremock;

    @Inject
    RegistreerUitschrijvingClient client;

    @Inject
    InszValidator validator;

    @BeforeEach
    void resetJournal() {
        wiremock.resetRequests();
    }

    private MagdaAnswer<Registration> deregister(String insz) {
        return client.deregister(validator.parse(insz), END, UUID.randomUUID().toString())
                .await().atMost(Duration.ofSeconds(10));
    }

    private static void assertFails(Runnable call, ErrorCode expected) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void sendsTheInszAndOnlyTheEndDateWithOurIdentity() {
        String reference = UUID.randomUUID().toString();
        client.deregister(validator.parse(RegistrationPersonas.ACCEPTED), END, reference).await()
                .atMost(Duration.ofSeconds(10));
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Verzoek/Context/Naam[text()='RegistreerUitschrijving']"))
                .withRequestBody(matchingXPath("//Verzoek/Context/Versie[text()='02.00.0000']"))
                .withRequestBody(matchingXPath("//Afzender/Identificatie[text()='kb.vlaanderen.be/magda-gateway']"))
                .withRequestBody(matchingXPath("//Afzender/Hoedanigheid[text()='1300']"))
                .withRequestBody(matchingXPath("//Afzender/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Uitschrijving/Identificatie[text()='kb.vlaanderen.be/magda-gateway']"))
                .withRequestBody(matchingXPath("//Uitschrijving/Hoedanigheid[text()='1300']"))
                .withRequestBody(matchingXPath("//Uitschrijving/INSZ[text()='" + RegistrationPersonas.ACCEPTED + "']"))
                .withRequestBody(matchingXPath("//Uitschrijving/Periode/Einde[text()='2026-02-28']"))
                .withRequestBody(notContaining("Begin")));
    }

    @Test
    void resultaatOneIsConfirmed() {
        MagdaAnswer<Registration> answer = deregister(RegistrationPersonas.ACCEPTED);
        assertThat(answer.content().registered()).isEqualTo(false);
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void alreadyRegisteredWarningIsPassedOn() {
        assertThat(deregister(RegistrationPersonas.ALREADY_REGISTERED).warnings()).extracting(MagdaMessage::code)
                .containsExactly("40143");
    }

    @Test
    void resultaatZeroIsRejected() {
        assertFails(() -> deregister(RegistrationPersonas.REJECTED), ErrorCode.REGISTRATION_REJECTED);
    }

    @Test
    void noRegistrationIsAnAnswerWithoutContentAndTheWarning() {
        MagdaAnswer<Registration> answer = deregister(RegistrationPersonas.NOT_REGISTERED);
        assertThat(answer.content().registered()).isFalse();
        assertThat(answer.content().endDate()).as("nothing ended").isNull();
        assertThat(answer.warnings()).extracting(MagdaMessage::code).containsExactly("40003");
        assertThat(answer.warnings()).allMatch(w -> !w.isError());
    }

    @Test
    void busyAtRepliekLevelIsBackendBusyAndSentOnlyOnce() {
        assertFails(() -> deregister(RegistrationPersonas.BUSY), ErrorCode.BACKEND_BUSY);
        assertThat(WireMockSupport.requestsFor(wiremock, RegistrationPersonas.BUSY)).as("a write is never retried")
                .isEqualTo(1);
    }

    @Test
    void anAnswerWithoutResultaatIsNotTakenForSuccess() {
        assertFails(() -> deregister(RegistrationPersonas.NO_RESULT), ErrorCode.BACKEND_ERROR);
    }
}
