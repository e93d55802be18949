package com.magdagateway.selfemployment.client;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.selfemployment.SelfEmployment;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.support.Personas;
import com.magdagateway.support.SelfEmploymentPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@ConnectWireMock
class GeefLoopbaanArzaClientTest {

    WireMock wiremock;

    @Inject
    GeefLoopbaanArzaClient client;

    @Inject
    InszValidator validator;

    @BeforeEach
    void resetJournal() {
        wiremock.resetRequests();
    }

    private MagdaAnswer<SelfEmployment> fetch(String insz) {
        return client.fetch(validator.parse(insz), UUID.randomUUID().toString()).await().atMost(Duration.ofSeconds(10));
    }

    private static void assertFails(Runnable call, ErrorCode expected, String magdaCode) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.code()).isEqualTo(expected);
            assertThat(e.magda().code()).isEqualTo(magdaCode);
        });
    }

    @Test
    void sendsTheServiceContextAndAsksForTheWholeCareer() {
        String reference = UUID.randomUUID().toString();
        client.fetch(validator.parse(SelfEmploymentPersonas.TWO_FUNDS), reference).await().atMost(Duration.ofSeconds(10));
        Map<String, String> ns = Map.of("w", "http://webservice.geefloopbaanarzadienst-02_01.werk-02_01.vip.vlaanderen.be");
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("/*[local-name()='Envelope']/*[local-name()='Body']/w:GeefLoopbaanARZA/Verzoek", ns))
                .withRequestBody(matchingXPath("//Verzoek/Context/Naam[text()='GeefLoopbaanARZA']"))
                .withRequestBody(matchingXPath("//Verzoek/Context/Versie[text()='02.01.0000']"))
                .withRequestBody(matchingXPath("//Context/Bericht/Type[text()='VRAAG']"))
                .withRequestBody(matchingXPath("//Afzender/Identificatie[text()='kb.vlaanderen.be/magda-gateway']"))
                .withRequestBody(matchingXPath("//Afzender/Hoedanigheid[text()='1300']"))
                .withRequestBody(matchingXPath("//Afzender/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/Criteria/INSZ[text()='" + SelfEmploymentPersonas.TWO_FUNDS + "']"))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/Taal[text()='nl']")));
        // No Periode: the whole self-employed career is asked for.
        assertThat(wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/Criteria/Periode")))).isEmpty();
    }

    @Test
    void readsBothFundsAndTheirPeriods() {
        MagdaAnswer<SelfEmployment> answer = fetch(SelfEmploymentPersonas.TWO_FUNDS);
        assertThat(answer.content().affiliations()).extracting(a -> a.fund().code()).containsExactly("051", "072");
        assertThat(answer.content().affiliations()).extracting(a -> a.careers().size()).containsExactly(2, 1);
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void keepsTheWarningBesideTheData() {
        MagdaAnswer<SelfEmployment> answer = fetch(SelfEmploymentPersonas.WARNING);
        assertThat(answer.content().affiliations()).hasSize(1);
        assertThat(answer.warnings()).extracting(MagdaMessage::code).containsExactly("99984");
    }

    @Test
    void noDataIsNoContentRatherThanAnError() {
        MagdaAnswer<SelfEmployment> answer = fetch(SelfEmploymentPersonas.NO_DATA);
        assertThat(answer.content().affiliations()).isEmpty();
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void aBisNumberIsSentAsAnyOther() {
        assertThat(fetch(SelfEmploymentPersonas.BIS).content().affiliations()).isEmpty();
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Criteria/INSZ[text()='" + SelfEmploymentPersonas.BIS + "']")));
    }

    @Test
    void noRegistrationIsPersonNotRegistered() {
        assertFails(() -> fetch(SelfEmploymentPersonas.NOT_REGISTERED), ErrorCode.PERSON_NOT_REGISTERED, "40003");
    }

    @Test
    void busyAtRepliekLevelIsBackendBusy() {
        assertFails(() -> fetch(SelfEmploymentPersonas.BUSY), ErrorCode.BACKEND_BUSY, "99996");
    }
}
