package com.magdagateway.dimona.client;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
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
import com.magdagateway.magda.client.MagdaTypes;
import com.magdagateway.dimona.Dimona;
import com.magdagateway.dimona.DimonaPeriod;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.support.DimonaPersonas;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@ConnectWireMock
class GeefWerkrelatiesClientTest {

    WireMock wiremock;

    @Inject
    GeefWerkrelatiesClient client;

    @Inject
    InszValidator validator;

    @BeforeEach
    void resetJournal() {
        wiremock.resetRequests();
    }

    private MagdaAnswer<Dimona> fetch(String insz, DimonaPeriod period) {
        return client.fetch(validator.parse(insz), period, UUID.randomUUID().toString())
                .await().atMost(Duration.ofSeconds(10));
    }

    private MagdaAnswer<Dimona> fetch(String insz) {
        return fetch(insz, DimonaPeriod.UNBOUNDED);
    }

    private static void assertFails(Runnable call, ErrorCode expected) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void sendsTheContextAndTheWorkerWithThePeriod() {
        String reference = UUID.randomUUID().toString();
        client.fetch(validator.parse(DimonaPersonas.FULL), DimonaPeriod.parse("2023-01-01", "2023-12-31"), reference)
                .await().atMost(Duration.ofSeconds(10));
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Verzoek/Context/Naam[text()='GeefWerkrelaties']"))
                .withRequestBody(matchingXPath("//Verzoek/Context/Versie[text()='02.00.0000']"))
                .withRequestBody(matchingXPath("//Afzender/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Vragen/Vraag/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/TypeAntwoord[text()='0']"))
                .withRequestBody(matchingXPath(
                        "//Inhoud/Criteria/Relatie/Werknemer/INSZ[text()='" + DimonaPersonas.FULL + "']"))
                .withRequestBody(matchingXPath("//Criteria/Bron[text()='RSZ']"))
                .withRequestBody(matchingXPath("//Criteria/Periode/Begin[text()='2023-01-01']"))
                .withRequestBody(matchingXPath("//Criteria/Periode/Einde[text()='2023-12-31']"))
                .withRequestBody(matchingXPath("//Criteria/SchrappingsIndicatie[text()='0']")));
    }

    @Test
    void withoutBoundsAsksFromTheEarliestDateWithoutAnEnd() {
        fetch(DimonaPersonas.FULL);
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Criteria/Periode[Begin='1900-01-01' and not(Einde)]")));
    }

    @Test
    void aMissingBeginNeverComesAfterTheEnd() {
        MagdaTypes.Periode periode = GeefWerkrelatiesClient.periode(
                new DimonaPeriod(null, LocalDate.of(1890, 6, 30)));
        assertThat(periode.begin).isEqualTo("1890-06-30");
        assertThat(periode.einde).isEqualTo("1890-06-30");
    }

    @Test
    void readsEveryContractMagdaSent() {
        MagdaAnswer<Dimona> answer = fetch(DimonaPersonas.FULL);
        assertThat(answer.content().declarations()).hasSize(7);
        assertThat(answer.content().declarations()).extracting(Dimona.Declaration::dimonaNumber).contains("300000000107");
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void keepsTheWarningBesideTheData() {
        MagdaAnswer<Dimona> answer = fetch(DimonaPersonas.WARNING);
        assertThat(answer.content().declarations()).hasSize(2);
        assertThat(answer.warnings()).extracting(w -> w.code()).containsExactly("30030");
    }

    @Test
    void noDataIsEmptyContentNotAnError() {
        MagdaAnswer<Dimona> answer = fetch(DimonaPersonas.NO_DATA);
        assertThat(answer.content().declarations()).isEmpty();
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void anyOtherPersonHasNoDeclarations() {
        assertThat(fetch(Personas.UNKNOWN).content().declarations()).isEmpty();
    }

    @Test
    void noRegistrationIsPersonNotRegistered() {
        assertFails(() -> fetch(DimonaPersonas.NOT_REGISTERED), ErrorCode.PERSON_NOT_REGISTERED);
    }

    @Test
    void busyAtRepliekLevelIsBackendBusy() {
        assertFails(() -> fetch(DimonaPersonas.BUSY), ErrorCode.BACKEND_BUSY);
    }

    @Test
    void soapFaultIsBackendError() {
        assertFails(() -> fetch(DimonaPersonas.SOAP_FAULT), ErrorCode.BACKEND_ERROR);
    }
}
