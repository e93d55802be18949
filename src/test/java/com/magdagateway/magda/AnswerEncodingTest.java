package com.magdagateway.magda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.magdagateway.support.Api;
import com.magdagateway.support.DimonaPersonas;
import com.magdagateway.support.DmfaPersonas;
import com.magdagateway.support.HouseholdPersonas;
import com.magdagateway.support.Latin1Magda;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RegistrationPersonas;
import com.magdagateway.support.SelfEmploymentPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Every service's answer, sent as MAGDA-Mock sends it ({@code text/xml} without charset, UTF-8 without declaration),
 * comes back with its accents intact; so do answers in declared ISO-8859-1; and our requests declare UTF-8.
 */
@QuarkusTest
@ConnectWireMock
class AnswerEncodingTest {

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static Response consult(String path, String insz) {
        return Api.consult().get(path, insz);
    }

    /** What the caller's JSON library sees: the raw bytes, decoded as the UTF-8 that JSON is. */
    private static String utf8(Response response) {
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void personWithAccentsFromABackendThatDeclaresNoCharset() {
        Response response = consult("/api/v1/persons/{insz}", Personas.ACCENTS);
        response.then().statusCode(200)
                .body("data.lastName", equalTo("Sürme"))
                .body("data.firstNames", contains("Léonie", "Zoë"))
                .body("data.mainAddress.street", equalTo("Rue de l'Église"))
                .body("data.mainAddress.municipality", equalTo("Liège"))
                .body("data.civilStatus.description", equalTo("Gehuwd – mariée"));
        assertThat(utf8(response)).contains("\"Léonie\"", "\"Sürme\"", "\"Liège\"").doesNotContain("Ã");
    }

    @Test
    void lettersOutsideLatin1SurviveTheRoundTrip() {
        Response response = consult("/api/v1/persons/{insz}", Personas.OUTSIDE_LATIN1);
        response.then().statusCode(200)
                .body("data.lastName", equalTo("Żółkiewski"))
                .body("data.firstNames", contains("Łukasz", "Søren"))
                .body("data.mainAddress.street", equalTo("Søndergade"))
                .body("data.mainAddress.municipality", equalTo("Ærøskøbing"))
                .body("data.mainAddress.countryIso", equalTo("DNK"));
        assertThat(response.contentType()).containsIgnoringCase("application/json");
        assertThat(utf8(response)).contains("Łukasz", "Żółkiewski", "Ærøskøbing");
    }

    @Test
    void householdMembersWithAccents() {
        consult("/api/v1/persons/{insz}/household", HouseholdPersonas.ACCENTS).then().statusCode(200)
                .body("data.members.find { it.insz == '" + HouseholdPersonas.ACCENTS_HEAD + "' }.lastName",
                        equalTo("Bäcker"))
                .body("data.members.find { it.insz == '" + HouseholdPersonas.ACCENTS_HEAD + "' }.firstNames",
                        contains("Günther"))
                .body("data.members.find { it.insz == '" + HouseholdPersonas.ACCENTS + "' }.lastName",
                        equalTo("Lefèvre"))
                .body("data.members.find { it.insz == '" + HouseholdPersonas.ACCENTS + "' }.firstNames",
                        contains("Anaïs", "Chloé"));
    }

    @Test
    void selfEmploymentFundAndProfessionNamesWithAccents() {
        consult("/api/v1/persons/{insz}/self-employment", SelfEmploymentPersonas.ACCENTS).then().statusCode(200)
                .body("data.affiliations.fund.name", contains("Caisse d'assurances sociales Entraide – Liège",
                        "Sociaal Verzekeringsfonds Zuid – Brüssel"))
                .body("data.affiliations[0].careers[0].profession.description", equalTo("Ingénieur-conseil"));
    }

    @Test
    void dimonaActionsWithAccents() {
        consult("/api/v1/persons/{insz}/dimona", DimonaPersonas.ACCENTS).then().statusCode(200)
                .body("data.declarations", hasSize(7))
                .body("data.declarations.lastAction.description", everyItem(endsWith(" – geïntegreerd")));
    }

    @Test
    void dmfaStatusesWithAccents() {
        consult("/api/v1/persons/{insz}/dmfa", DmfaPersonas.ACCENTS).then().statusCode(200)
                .body("data.attestations", hasSize(4))
                .body("data.attestations.status.description", everyItem(endsWith(" – déclaration")));
    }

    @Test
    void registrationRefusalDescriptionWithAccents() {
        Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY)
                .put("/api/v1/persons/{insz}/registration", RegistrationPersonas.REJECTED_ACCENTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("Niet geslaagd – identité non confirmée"));
    }

    @Test
    void latin1DeclaredInTheXmlDeclarationIsHonoured() throws Exception {
        try (Latin1Magda magda = Latin1Magda.serving("persoon-declared.xml", "text/xml")) {
            StubMapping stub = proxy(Personas.LATIN1_DECLARED, magda);
            try {
                consult("/api/v1/persons/{insz}", Personas.LATIN1_DECLARED).then().statusCode(200)
                        .body("data.lastName", equalTo("Müller"))
                        .body("data.firstNames", contains("Françoise", "Hélène"))
                        .body("data.mainAddress.street", equalTo("Chaussée de Louvain"))
                        .body("data.mainAddress.municipality", equalTo("Hélécine"));
            } finally {
                wiremock.removeStubMapping(stub);
            }
        }
    }

    @Test
    void latin1DeclaredInTheHttpCharsetIsHonoured() throws Exception {
        try (Latin1Magda magda = Latin1Magda.serving("persoon-header.xml", "text/xml;charset=ISO-8859-1")) {
            StubMapping stub = proxy(Personas.LATIN1_HEADER, magda);
            try {
                consult("/api/v1/persons/{insz}", Personas.LATIN1_HEADER).then().statusCode(200)
                        .body("data.lastName", equalTo("Dupré"))
                        .body("data.firstNames", contains("Jérôme"))
                        .body("data.mainAddress.street", equalTo("Rue Général Leman"))
                        .body("data.mainAddress.municipality", equalTo("Éghezée"));
            } finally {
                wiremock.removeStubMapping(stub);
            }
        }
    }

    /** WireMock hands this person's GeefPersoon over, byte for byte, to a backend that speaks Latin-1. */
    private StubMapping proxy(String insz, Latin1Magda magda) {
        return wiremock.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(containing("<INSZ>" + insz + "</INSZ>"))
                .willReturn(aResponse().proxiedFrom(magda.url())));
    }

    @Test
    void everyServiceSendsItsRequestAsDeclaredUtf8() {
        consult("/api/v1/persons/{insz}", Personas.ACCENTS).then().statusCode(200);
        consult("/api/v1/persons/{insz}/household", HouseholdPersonas.ACCENTS).then().statusCode(200);
        consult("/api/v1/persons/{insz}/self-employment", SelfEmploymentPersonas.ACCENTS).then().statusCode(200);
        consult("/api/v1/persons/{insz}/dimona", DimonaPersonas.ACCENTS).then().statusCode(200);
        consult("/api/v1/persons/{insz}/dmfa", DmfaPersonas.ACCENTS).then().statusCode(200);
        var registrar = Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY);
        registrar.put("/api/v1/persons/{insz}/registration", RegistrationPersonas.ACCEPTED).then().statusCode(200);
        Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY).queryParam("effectiveDate", "2026-01-31")
                .delete("/api/v1/persons/{insz}/registration", RegistrationPersonas.ACCEPTED).then().statusCode(200);

        List<LoggedRequest> requests = wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH)));
        assertThat(requests).hasSize(7);
        assertThat(requests).allSatisfy(request -> assertThat(request.getHeader("Content-Type"))
                .as("Content-Type of a request to MAGDA").containsIgnoringCase("charset=UTF-8"));
    }
}
