package com.magdagateway.registration.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RefusalPersonas;
import com.magdagateway.support.RegistrationPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Registrations are writes: never abandoned halfway, and an unknown outcome is recorded and told as such. */
@QuarkusTest
@ConnectWireMock
class WriteOutcomeTest {

    private static final String REGISTRATION = "/api/v1/persons/{insz}/registration";

    WireMock wiremock;
    private String prefix;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
        prefix = "write-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        registrar(prefix + "warm").put(REGISTRATION, RegistrationPersonas.ACCEPTED); // a cold first call may time out
    }

    private static RequestSpecification registrar(String requestId) {
        return Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY).header("X-Request-Id", requestId);
    }

    private static AuditRows.Row onlyRow(String requestId) {
        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(requestId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void aClientHangingUpDuringARegistrationDoesNotStopItAndTheRowSaysWhatMagdaAnswered() throws Exception {
        String requestId = prefix + "gone";
        int port = RestAssured.port == 0
                ? ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class) : RestAssured.port;
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/persons/" + RefusalPersonas.SLOW_WRITE + "/registration HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Api.token(Api.CLIENT, "register") + "\r\n"
                    + "X-Entity: " + Api.ENTITY + "\r\nX-Request-Id: " + requestId + "\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> sleutelRequests(RefusalPersonas.SLOW_WRITE) == 1);
        } // hang up while MAGDA is still working on the registration (it answers after 3 s)

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            AuditRows.Row row = onlyRow(requestId);
            assertThat(row.outcome()).as("MAGDA's real answer, not the client leaving").isEqualTo("SUCCESS");
            assertThat(row.httpStatus()).isEqualTo(200);
            assertThat(row.magdaReference()).isNotNull();
        });
        assertThat(sleutelRequests(RefusalPersonas.SLOW_WRITE)).as("sent once").isEqualTo(1);
    }

    @Test
    void aRegistrationThatTimesOutIsUnconfirmedAndTheCallerIsToldItMayRepeat() {
        Response response = registrar(prefix + "put").put(REGISTRATION, RefusalPersonas.TIMED_OUT_WRITE);

        assertUnconfirmed(response, prefix + "put", "registration");
    }

    @Test
    void aDeregistrationThatTimesOutIsUnconfirmedToo() {
        Response response = registrar(prefix + "delete").queryParam("effectiveDate", "2024-06-30")
                .delete(REGISTRATION, RefusalPersonas.TIMED_OUT_WRITE);

        assertUnconfirmed(response, prefix + "delete", "deregistration");
    }

    private static void assertUnconfirmed(Response response, String requestId, String what) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(504);
        assertThat(response.jsonPath().getString("code")).isEqualTo("BACKEND_TIMEOUT");
        assertThat(response.jsonPath().getString("detail"))
                .contains("did not confirm the " + what).contains("outcome is unknown").contains("Repeating the call is safe");
        AuditRows.Row row = onlyRow(requestId);
        assertThat(row.outcome()).isEqualTo("UNCONFIRMED");
        assertThat(row.httpStatus()).isEqualTo(504);
        assertThat(row.magdaReference()).as("the reference to ask MAGDA about").isNotNull()
                .isEqualTo(response.header("X-Magda-Reference"));
    }

    @Test
    void deregisteringAPersonMagdaHasNoRegistrationForIsASuccessWithTheWarning() {
        registrar(prefix + "not-registered").queryParam("effectiveDate", "2024-06-30")
                .delete(REGISTRATION, RegistrationPersonas.NOT_REGISTERED)
                .then().statusCode(200)
                .body("data.insz", equalTo(RegistrationPersonas.NOT_REGISTERED))
                .body("data.registered", equalTo(false))
                .body("data.endDate", nullValue())
                .body("warnings[0].code", equalTo("40003"))
                .body("warnings[0].type", equalTo("WARNING"));
        assertThat(onlyRow(prefix + "not-registered").outcome()).isEqualTo("SUCCESS");
    }

    private int sleutelRequests(String insz) {
        return wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(containing("<Sleutel>" + insz + "</Sleutel>"))).size();
    }
}
