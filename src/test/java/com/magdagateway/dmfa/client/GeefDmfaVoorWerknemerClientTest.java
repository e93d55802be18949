package com.magdagateway.dmfa.client;

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
import com.magdagateway.dmfa.Dmfa;
import com.magdagateway.dmfa.DmfaQuarterRange;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.support.DmfaPersonas;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@ConnectWireMock
class GeefDmfaVoorWerknemerClientTest {

    WireMock wiremock;

    @Inject
    GeefDmfaVoorWerknemerClient client;

    @Inject
    InszValidator validator;

    @BeforeEach
    void resetJournal() {
        wiremock.resetRequests();
    }

    private MagdaAnswer<Dmfa> fetch(String insz, DmfaQuarterRange range) {
        return client.fetch(validator.parse(insz), range, UUID.randomUUID().toString())
                .await().atMost(Duration.ofSeconds(10));
    }

    private MagdaAnswer<Dmfa> fetch(String insz) {
        return fetch(insz, DmfaQuarterRange.UNBOUNDED);
    }

    private static void assertFails(Runnable call, ErrorCode expected) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void sendsTheContextAndTheQuartersInMagdasNotation() {
        String reference = UUID.randomUUID().toString();
        client.fetch(validator.parse(DmfaPersonas.FULL), DmfaQuarterRange.parse("2023Q1", "2023Q4"), reference)
                .await().atMost(Duration.ofSeconds(10));
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Verzoek/Context/Naam[text()='GeefDmfaVoorWerknemer']"))
                .withRequestBody(matchingXPath("//Verzoek/Context/Versie[text()='03.00.0000']"))
                .withRequestBody(matchingXPath("//Afzender/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Vragen/Vraag/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Inhoud/Criteria/INSZ[text()='" + DmfaPersonas.FULL + "']"))
                .withRequestBody(matchingXPath("//Criteria/Kwartaal/Begin[Jaar='2023' and Kwartaalcijfer='1']"))
                .withRequestBody(matchingXPath("//Criteria/Kwartaal/Einde[Jaar='2023' and Kwartaalcijfer='4']"))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/TypeAntwoord[text()='0']"))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/LaatsteSituatie[text()='0']"))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/Bron[text()='RSZ']")));
    }

    @Test
    void withoutBoundsAsksFromTheFirstDmfaQuarterToTheCurrentOne() {
        GeefDmfaVoorWerknemerXml.Kwartalen k = GeefDmfaVoorWerknemerClient.kwartalen(DmfaQuarterRange.UNBOUNDED,
                LocalDate.of(2026, 5, 12));
        assertThat(k.begin.jaar + "Q" + k.begin.kwartaalcijfer).isEqualTo("2003Q1");
        assertThat(k.einde.jaar + "Q" + k.einde.kwartaalcijfer).isEqualTo("2026Q2");
    }

    @Test
    void aMissingBoundIsWidenedSoThatBeginNeverFollowsEnd() {
        LocalDate today = LocalDate.of(2026, 5, 12);
        GeefDmfaVoorWerknemerXml.Kwartalen future = GeefDmfaVoorWerknemerClient
                .kwartalen(DmfaQuarterRange.parse("2027Q3", null), today);
        assertThat(future.einde.jaar + "Q" + future.einde.kwartaalcijfer).isEqualTo("2027Q3");
        GeefDmfaVoorWerknemerXml.Kwartalen past = GeefDmfaVoorWerknemerClient
                .kwartalen(DmfaQuarterRange.parse(null, "1999Q4"), today);
        assertThat(past.begin.jaar + "Q" + past.begin.kwartaalcijfer).isEqualTo("1999Q4");
    }

    @Test
    void readsEveryAttestationMagdaSent() {
        MagdaAnswer<Dmfa> answer = fetch(DmfaPersonas.FULL);
        assertThat(answer.content().attestations()).hasSize(4);
        assertThat(answer.content().attestations()).extracting(Dmfa.Attestation::quarter).contains("2023Q2");
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void keepsTheWarningBesideTheData() {
        MagdaAnswer<Dmfa> answer = fetch(DmfaPersonas.WARNING);
        assertThat(answer.content().attestations()).hasSize(1);
        assertThat(answer.warnings()).extracting(w -> w.code()).containsExactly("99984");
    }

    @Test
    void noDataIsEmptyContentNotAnError() {
        assertThat(fetch(DmfaPersonas.NO_DATA).content().attestations()).isEmpty();
        assertThat(fetch(Personas.UNKNOWN).content().attestations()).isEmpty();
    }

    @Test
    void noRegistrationIsPersonNotRegistered() {
        assertFails(() -> fetch(DmfaPersonas.NOT_REGISTERED), ErrorCode.PERSON_NOT_REGISTERED);
    }

    @Test
    void busyAtRepliekLevelIsBackendBusy() {
        assertFails(() -> fetch(DmfaPersonas.BUSY), ErrorCode.BACKEND_BUSY);
    }

    @Test
    void soapFaultIsBackendError() {
        assertFails(() -> fetch(DmfaPersonas.SOAP_FAULT), ErrorCode.BACKEND_ERROR);
    }
}
