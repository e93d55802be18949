package com.magdagateway.person.client;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.person.Person;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@ConnectWireMock
class GeefPersoonClientTest {

    WireMock wiremock;

    @Inject
    GeefPersoonClient client;

    @Inject
    InszValidator validator;

    @BeforeEach
    void resetJournal() {
        wiremock.resetRequests();
    }

    private MagdaAnswer<Person> fetch(String insz) {
        return client.fetch(validator.parse(insz), UUID.randomUUID().toString()).await().atMost(Duration.ofSeconds(10));
    }

    private static void assertFails(Runnable call, ErrorCode expected) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void sendsTheMagdaContextWithOurIdentityAndAFreshReference() {
        String reference = UUID.randomUUID().toString();
        client.fetch(validator.parse(Personas.FULL), reference).await().atMost(Duration.ofSeconds(10));
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Verzoek/Context/Naam[text()='GeefPersoon']"))
                .withRequestBody(matchingXPath("//Verzoek/Context/Versie[text()='02.02.0000']"))
                .withRequestBody(matchingXPath("//Context/Bericht/Type[text()='VRAAG']"))
                .withRequestBody(matchingXPath("//Context/Bericht/Tijdstip/Datum"))
                .withRequestBody(matchingXPath("//Afzender/Identificatie[text()='kb.vlaanderen.be/magda-gateway']"))
                .withRequestBody(matchingXPath("//Afzender/Hoedanigheid[text()='1300']"))
                .withRequestBody(matchingXPath("//Afzender/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Vragen/Vraag/Inhoud/Criteria/INSZ[text()='" + Personas.FULL + "']")));
    }

    @Test
    void readsAFullPerson() {
        MagdaAnswer<Person> answer = fetch(Personas.FULL);
        assertThat(answer.content().lastName()).isEqualTo("Peeters");
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void keepsTheWarningBesideTheData() {
        MagdaAnswer<Person> answer = fetch(Personas.WARNING);
        assertThat(answer.content()).isNotNull();
        assertThat(answer.warnings()).extracting(w -> w.code()).containsExactly("99984");
    }

    @Test
    void noDataIsPersonNotFound() {
        assertFails(() -> fetch(Personas.NOT_FOUND), ErrorCode.PERSON_NOT_FOUND);
    }

    @Test
    void busyAtRepliekLevelIsBackendBusy() {
        assertFails(() -> fetch(Personas.BUSY), ErrorCode.BACKEND_BUSY);
    }

    @Test
    void soapFaultIsBackendError() {
        assertFails(() -> fetch(Personas.SOAP_FAULT), ErrorCode.BACKEND_ERROR);
    }

    @Test
    void unreadableXmlIsBackendError() {
        assertFails(() -> fetch(Personas.UNREADABLE), ErrorCode.BACKEND_ERROR);
    }

    @Test
    void slowAnswerHitsTheCxfReceiveTimeout() {
        long start = System.nanoTime();
        assertFails(() -> fetch(Personas.SLOW), ErrorCode.BACKEND_TIMEOUT);
        // MAGDA_TIMEOUT is 4 s in the test profile; the stub would take 15 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(7));
    }
}
