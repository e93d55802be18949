package com.magdagateway.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** After traffic, /q/metrics shows what operations needs, and nothing about any person. */
@QuarkusTest
class MetricsTest {

    @BeforeEach
    void reset() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The series' value; a series that is not published fails the test (a missing gauge is not a zero). */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(m.find()).as("%s is published", series).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** For a snapshot taken before the traffic, where a counter not yet created is rightly zero. */
    private static double valueBefore(String metrics, String series) {
        return metrics.contains(series + " ") ? value(metrics, series) : 0;
    }

    @Test
    void countsCallsByServiceAndOutcome() {
        String before = metrics();
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
        Api.consult().get("/api/v1/persons/{insz}", Personas.NOT_FOUND).then().statusCode(404);
        String after = metrics();

        String success = "magda_requests_total{outcome=\"SUCCESS\",service=\"GeefPersoon\"}";
        String notFound = "magda_requests_total{outcome=\"PERSON_NOT_FOUND\",service=\"GeefPersoon\"}";
        assertThat(value(after, success) - valueBefore(before, success)).isEqualTo(2);
        assertThat(value(after, notFound) - valueBefore(before, notFound)).isEqualTo(1);
        String count = "magda_request_duration_seconds_count{service=\"GeefPersoon\"}";
        assertThat(value(after, count) - valueBefore(before, count)).isEqualTo(3);
        assertThat(after).contains("magda_request_duration_seconds_bucket{service=\"GeefPersoon\"");
    }

    @Test
    void showsBreakerBulkheadAndAuditMetrics() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
        String m = metrics();
        assertThat(value(m, "magda_circuit_breaker_state{service=\"GeefPersoon\"}")).isZero();
        assertThat(m).contains("magda_bulkhead_in_flight{service=\"GeefPersoon\"}");
        assertThat(value(m, "magda_bulkhead_in_flight{service=\"GeefPersoon\"}")).as("nothing left in flight").isZero();
        assertThat(value(m, "gateway_audit_write_duration_seconds_count{operation=\"intent\"}")).isPositive();
        assertThat(value(m, "gateway_audit_write_duration_seconds_count{operation=\"complete\"}")).isPositive();
    }

    @Test
    void anOpenBreakerShowsInTheGauge() {
        for (int i = 0; i < 4; i++) {
            Api.consult().get("/api/v1/persons/{insz}", Personas.SOAP_FAULT).then().statusCode(502);
        }
        assertThat(value(metrics(), "magda_circuit_breaker_state{service=\"GeefPersoon\"}")).isEqualTo(2);
    }

    @Test
    void noInszInAnyLabel() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.WARNING).then().statusCode(200);
        // Requests that match no route are labelled by their path unless templated: a 405 and a 404 on a person.
        given().delete("/api/v1/persons/{insz}", Personas.WARNING).then().statusCode(405);
        Api.consult().get("/api/v1/persons/{insz}/nothing", Personas.WARNING).then().statusCode(404);
        assertThat(metrics()).doesNotContainPattern("\\{[^}]*\\d{11}[^}]*\\}")
                .doesNotContain(Personas.WARNING).doesNotContain(Personas.FULL);
    }
}
