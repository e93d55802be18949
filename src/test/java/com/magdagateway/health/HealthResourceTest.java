package com.magdagateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** What a monitoring system sees at each level, and proof that it cannot flood MAGDA. */
@QuarkusTest
@TestProfile(HealthResourceTest.ShortProbeCache.class)
@ConnectWireMock
class HealthResourceTest {

    /** A one-second probe cache, so that the test can watch it expire. */
    public static class ShortProbeCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.health.probe-cache", "PT1S", "gateway.health.probe-timeout", "PT1S");
        }
    }

    private static final String PROBE_MARK = "isbeschikbaardienst-02_00";

    WireMock wiremock;
    private StubMapping override;

    @BeforeEach
    void reset() throws InterruptedException {
        CircuitBreakerMaintenance.get().resetAll();
        Thread.sleep(1100); // let any cached probe result from an earlier test expire
        wiremock.resetRequests();
    }

    @AfterEach
    void removeOverride() {
        if (override != null) {
            wiremock.removeStubMapping(override);
            override = null;
        }
        CircuitBreakerMaintenance.get().resetAll();
    }

    private int probes() {
        return wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH)).withRequestBody(containing(PROBE_MARK)))
                .size();
    }

    @Test
    void pingTouchesNothing() {
        given().get("/api/v1/health?level=PING").then().statusCode(200)
                .body("status", equalTo("UP")).body("level", equalTo("PING")).body("checks.name", equalTo(java.util.List.of("process")));
        assertThat(probes()).isZero();
    }

    @Test
    void defaultChecksDatabaseAndBreakersWithoutCallingMagda() {
        given().get("/api/v1/health").then().statusCode(200)
                .body("status", equalTo("UP")).body("level", equalTo("DEFAULT"))
                .body("checks.name", hasItems("database", "breaker:GeefPersoon"))
                .body("checks.status", everyItem(equalTo("UP")));
        assertThat(com.magdagateway.support.WireMockSupport.allRequests(wiremock)).isZero();
    }

    @Test
    void anOpenBreakerIsDegradedNotDown() {
        for (int i = 0; i < 4; i++) {
            Api.consult().get("/api/v1/persons/{insz}", Personas.SOAP_FAULT).then().statusCode(502);
        }
        given().get("/api/v1/health").then().statusCode(200).body("status", equalTo("DEGRADED"))
                .body("checks.find { it.name == 'breaker:GeefPersoon' }.status", equalTo("DEGRADED"))
                .body("checks.find { it.name == 'breaker:GeefPersoon' }.detail", equalTo("OPEN"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void deepProbesMagdaOncePerPeriodWhateverTheBurst() throws InterruptedException {
        burstOfDeepChecks(25);
        assertThat(probes()).as("probes sent for a burst of 25 DEEP checks").isEqualTo(1);
        Thread.sleep(1100);
        burstOfDeepChecks(25);
        assertThat(probes()).as("after the cache period, exactly one more").isEqualTo(2);
    }

    private void burstOfDeepChecks(int n) {
        IntStream.range(0, n).mapToObj(i -> CompletableFuture.runAsync(() -> given().get("/api/v1/health?level=DEEP")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("magda:GeefPersoon"))))
                .toList().forEach(CompletableFuture::join);
    }

    @Test
    void deepReportsAnUnavailableMagdaAsDegraded() {
        override = wiremock.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(containing(PROBE_MARK)).willReturn(aResponse().withStatus(503)));
        given().get("/api/v1/health?level=DEEP").then().statusCode(200).body("status", equalTo("DEGRADED"))
                .body("checks.find { it.name == 'magda:GeefPersoon' }.status", equalTo("DEGRADED"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void deepReportsASlowMagdaWithinTheProbeTimeout() {
        override = wiremock.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(containing(PROBE_MARK)).willReturn(aResponse().withFixedDelay(5000).withStatus(200)));
        long start = System.currentTimeMillis();
        given().get("/api/v1/health?level=DEEP").then().statusCode(200).body("status", equalTo("DEGRADED"));
        assertThat(System.currentTimeMillis() - start).isLessThan(3000);
    }

    @Test
    void unknownLevelIsAProblem() {
        given().get("/api/v1/health?level=VERY_DEEP").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void standardProbesAnswer() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
