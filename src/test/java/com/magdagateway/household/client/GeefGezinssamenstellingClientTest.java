package com.magdagateway.household.client;

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
import com.magdagateway.household.Household;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.support.HouseholdPersonas;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@ConnectWireMock
class GeefGezinssamenstellingClientTest {

    private static final String NS = "http://magda.vlaanderen.be/persoon/soap/geefgezinssamenstelling/v02_02";

    WireMock wiremock;

    @Inject
    GeefGezinssamenstellingClient client;

    @Inject
    InszValidator validator;

    @BeforeEach
    void resetJournal() {
        wiremock.resetRequests();
    }

    private MagdaAnswer<Household> fetch(String insz) {
        return client.fetch(validator.parse(insz), UUID.randomUUID().toString()).await().atMost(Duration.ofSeconds(10));
    }

    private static void assertFails(Runnable call, ErrorCode expected, String magdaCode) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.code()).isEqualTo(expected);
            assertThat(e.magda().code()).isEqualTo(magdaCode);
        });
    }

    @Test
    void sendsTheServiceContextAndOnlyTheInszAsCriteria() {
        String reference = UUID.randomUUID().toString();
        client.fetch(validator.parse(HouseholdPersonas.FAMILY), reference).await().atMost(Duration.ofSeconds(10));
        Map<String, String> ns = Map.of("g", NS);
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("/*[local-name()='Envelope']/*[local-name()='Body']/g:GeefGezinssamenstelling/Verzoek", ns))
                .withRequestBody(matchingXPath("//Verzoek/Context/Naam[text()='GeefGezinssamenstelling']"))
                .withRequestBody(matchingXPath("//Verzoek/Context/Versie[text()='02.02.0000']"))
                .withRequestBody(matchingXPath("//Context/Bericht/Type[text()='VRAAG']"))
                .withRequestBody(matchingXPath("//Afzender/Identificatie[text()='kb.vlaanderen.be/magda-gateway']"))
                .withRequestBody(matchingXPath("//Afzender/Hoedanigheid[text()='1300']"))
                .withRequestBody(matchingXPath("//Afzender/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Vragen/Vraag/Referte[text()='" + reference + "']"))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/Criteria/INSZ[text()='" + HouseholdPersonas.FAMILY + "']"))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/Taal[text()='nl']")));
        // The service's criteria hold the INSZ only, and its Inhoud knows no Bron, unlike GeefPersoon.
        assertThat(wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Vraag/Inhoud/Criteria/*[local-name()!='INSZ'] | //Vraag/Inhoud/Bron"))))
                .isEmpty();
    }

    @Test
    void readsEveryMemberOfTheHousehold() {
        MagdaAnswer<Household> answer = fetch(HouseholdPersonas.FAMILY);
        assertThat(answer.content().members()).extracting(Household.Member::insz).containsExactlyInAnyOrder(
                HouseholdPersonas.FAMILY_CHILD_1, HouseholdPersonas.FAMILY, HouseholdPersonas.FAMILY_HEAD,
                HouseholdPersonas.FAMILY_CHILD_2);
        assertThat(answer.warnings()).isEmpty();
    }

    @Test
    void keepsTheWarningBesideTheData() {
        MagdaAnswer<Household> answer = fetch(HouseholdPersonas.WARNING);
        assertThat(answer.content().members()).hasSize(2);
        assertThat(answer.warnings()).extracting(MagdaMessage::code).containsExactly("99984");
    }

    @Test
    void noDataIsPersonNotFound() {
        assertFails(() -> fetch(HouseholdPersonas.NOT_FOUND), ErrorCode.PERSON_NOT_FOUND, "30001");
    }

    @Test
    void anyOtherPersonIsNotFoundToo() {
        assertFails(() -> fetch(Personas.UNKNOWN), ErrorCode.PERSON_NOT_FOUND, "30001");
    }

    @Test
    void noRegistrationIsPersonNotRegistered() {
        assertFails(() -> fetch(HouseholdPersonas.NOT_REGISTERED), ErrorCode.PERSON_NOT_REGISTERED, "40003");
    }

    @Test
    void busyAtRepliekLevelIsBackendBusy() {
        assertFails(() -> fetch(HouseholdPersonas.BUSY), ErrorCode.BACKEND_BUSY, "99996");
    }
}
