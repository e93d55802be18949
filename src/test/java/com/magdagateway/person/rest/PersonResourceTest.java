package com.magdagateway.person.rest;

import static com.magdagateway.support.WireMockSupport.requestsFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@ConnectWireMock
class PersonResourceTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static Response get(String insz) {
        return Api.consult().get("/api/v1/persons/{insz}", insz);
    }

    @Test
    void answersThePersonInTheContractEnvelope() {
        get(Personas.FULL).then().statusCode(200)
                .contentType("application/json")
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("X-Magda-Reference", matchesPattern(UUID_PATTERN))
                .body("data.insz", equalTo(Personas.FULL))
                .body("data.lastName", equalTo("Peeters"))
                .body("data.firstNames", contains("Marie", "Louise"))
                .body("data.gender", equalTo("FEMALE"))
                .body("data.birthDate", equalTo("1985-01-15"))
                .body("data.deathDate", nullValue())
                .body("data.nationalities[0].code", equalTo("150"))
                .body("data.nationalities[0].description", equalTo("Belg"))
                .body("data.civilStatus.code", equalTo("20"))
                .body("data.civilStatus.since", equalTo("2012-06-30"))
                .body("data.legallyCohabiting", equalTo(false))
                .body("data.mainAddress.street", equalTo("Kerkstraat"))
                .body("data.mainAddress.houseNumber", equalTo("12"))
                .body("data.mainAddress.box", equalTo("3"))
                .body("data.mainAddress.postalCode", equalTo("9000"))
                .body("data.mainAddress.municipality", equalTo("Gent"))
                .body("data.mainAddress.countryIso", equalTo("BEL"))
                .body("warnings", emptyIterable())
                .body("source.service", equalTo("GeefPersoon"))
                .body("source.version", equalTo("02.02.0000"))
                .body("source.retrievedAt", notNullValue());
    }

    @Test
    void answersTheDepthOfIssue18UnderItsJsonNames() {
        get(Personas.EVERY_ELEMENT).then().statusCode(200)
                .body("data.insz", equalTo(Personas.EVERY_ELEMENT))
                .body("data.replacedBy", equalTo(Personas.EVERY_ELEMENT_NEW_INSZ))
                .body("warnings[0].code", equalTo("30004"))
                .body("warnings[0]", aMapWithSize(4)) // the warning's shape is unchanged: annotations stay inside
                .body("data.deathDate", equalTo("2025-11-02"))
                .body("data.nationalities.to", contains("2001-05-31", null))
                .body("data.civilStatus.partner.insz", equalTo(Personas.EVERY_ELEMENT_PARTNER))
                .body("data.civilStatus.partner.gender", equalTo("MALE"))
                .body("data.civilStatus.partner.since", equalTo("2018-06-16"))
                .body("data.civilStatusHistory.from", contains("1974-03-12", "2018-06-16"))
                .body("data.legalCohabitation.date", equalTo("2015-09-01"))
                .body("data.legalCohabitation.termination.reason.code", equalTo("2"))
                .body("data.addresses.kind", contains("MAIN_RESIDENCE", "CONTACT", "RESIDENCE_ABROAD", "POSTAL_ABROAD",
                        "DECLARED_ABROAD"))
                .body("data.addresses[1].language", equalTo("fr"))
                .body("data.addresses[2].lines", contains("12 Rue du Lac", "1007 Lausanne"));
    }

    @Test
    void aPersonWithOnlyAnInszAnswersEmptyFields() {
        get(Personas.MINIMAL).then().statusCode(200)
                .body("data.insz", equalTo(Personas.MINIMAL))
                .body("data.gender", equalTo("UNKNOWN"))
                .body("data.addresses", emptyIterable())
                .body("data.civilStatusHistory", emptyIterable())
                .body("data.replacedBy", nullValue())
                .body("data.legalCohabitation", nullValue());
    }

    @Test
    void sourceReferenceIsTheReferenceSentToMagda() {
        Response response = get(Personas.FULL);
        String reference = response.header("X-Magda-Reference");
        assertThat(response.jsonPath().getString("source.reference")).isEqualTo(reference);
        wiremock.verifyThat(1, WireMock.postRequestedFor(WireMock.urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(WireMock.matchingXPath("//Afzender/Referte[text()='" + reference + "']")));
    }

    @Test
    void passesWarningsOn() {
        get(Personas.WARNING).then().statusCode(200)
                .body("data.legallyCohabiting", equalTo(true))
                .body("warnings[0].code", equalTo("99984"))
                .body("warnings[0].origin", equalTo("MAGDA"))
                .body("warnings[0].type", equalTo("WARNING"))
                .body("warnings[0].diagnosis", notNullValue());
    }

    @Test
    void passesIncompleteBirthDateThrough() {
        get(Personas.INCOMPLETE_BIRTH_DATE).then().statusCode(200).body("data.birthDate", equalTo("2000-00-00"));
    }

    @Test
    void echoesASafeRequestIdAndReplacesAnUnsafeOne() {
        Api.consult().header("X-Request-Id", "hr-app-42").get("/api/v1/persons/{insz}", Personas.FULL)
                .then().header("X-Request-Id", "hr-app-42");
        String injected = "x".repeat(200);
        Api.consult().header("X-Request-Id", injected).get("/api/v1/persons/{insz}", Personas.FULL)
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void notFoundIsAProblemWithTheMagdaDetail() {
        get(Personas.NOT_FOUND).then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("PERSON_NOT_FOUND"))
                .body("status", equalTo(404))
                .body("type", equalTo("https://magda-gateway.dev/problems/person-not-found"))
                .body("instance", equalTo("/api/v1/persons/" + Personas.NOT_FOUND))
                .body("requestId", notNullValue())
                .body("magda.code", equalTo("30001"))
                .body("magda.origin", equalTo("RR"));
    }

    @Test
    void invalidInszIsRejectedBeforeAnyBackendCall() {
        for (String bad : new String[] { "85611512388", "8561151238", "abcdefghijk", "85131512387" }) {
            get(bad).then().statusCode(400).contentType("application/problem+json").body("code", equalTo("INSZ_INVALID"));
        }
        assertThat(com.magdagateway.support.WireMockSupport.allRequests(wiremock)).isZero();
    }

    @Test
    void busyIs503WithRetryAfter() {
        get(Personas.BUSY).then().statusCode(503).header("Retry-After", notNullValue())
                .body("code", equalTo("BACKEND_BUSY")).body("magda.code", equalTo("99996"));
    }

    @Test
    void soapFaultAndUnreadableXmlAre502WithoutLeakingInternals() {
        for (String insz : new String[] { Personas.SOAP_FAULT, Personas.UNREADABLE }) {
            get(insz).then().statusCode(502).contentType("application/problem+json")
                    .body("code", equalTo("BACKEND_ERROR"))
                    .body(not(org.hamcrest.Matchers.containsString("Exception")))
                    .body(not(org.hamcrest.Matchers.containsString("org.apache")));
        }
    }

    @Test
    void slowBackendIs504WithinTheTimeout() {
        long start = System.currentTimeMillis();
        get(Personas.SLOW).then().statusCode(504).body("code", equalTo("BACKEND_TIMEOUT"));
        assertThat(System.currentTimeMillis() - start).isLessThan(7000); // 4 s test timeout; the stub takes 15 s
    }

    @Test
    void breakerOpensAfterFailuresAndThenFailsFastWithoutCallingMagda() {
        // Test profile: a window of 4 calls, failure ratio 0.5.
        for (int i = 0; i < 4; i++) {
            get(Personas.SOAP_FAULT).then().statusCode(502);
        }
        int before = requestsFor(wiremock, Personas.SOAP_FAULT) + requestsFor(wiremock, Personas.FULL);
        assertThat(before).isEqualTo(4);

        get(Personas.FULL).then().statusCode(503)
                .header("Retry-After", notNullValue())
                .header("X-Magda-Reference", nullValue())
                .body("code", equalTo("BACKEND_UNAVAILABLE"));
        get(Personas.SOAP_FAULT).then().statusCode(503).body("code", equalTo("BACKEND_UNAVAILABLE"));

        int after = requestsFor(wiremock, Personas.SOAP_FAULT) + requestsFor(wiremock, Personas.FULL);
        assertThat(after).as("requests that reached MAGDA while the breaker was open").isEqualTo(before);
    }

    @Test
    void notFoundDoesNotOpenTheBreaker() {
        for (int i = 0; i < 6; i++) {
            get(Personas.NOT_FOUND).then().statusCode(404);
        }
        get(Personas.FULL).then().statusCode(200);
    }

    @Test
    void frameworkErrorsAreProblemsToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        given().delete("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(405)
                .contentType("application/problem+json").body("code", equalTo("METHOD_NOT_ALLOWED"));
        given().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }
}
