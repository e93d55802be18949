package com.magdagateway.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Whatever a client sends, the answer is a problem+json with a sensible status, never a stack trace. */
@QuarkusTest
class HostileRequestsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void oversizedBodyIs413() { // beyond the 256 KB limit (a 10,000-person batch is about 150 KB)
        String huge = "{\"name\":\"" + "x".repeat(300_000) + "\",\"kind\":\"AGENCY\",\"kszLookup\":true}";
        Api.as("admin-user", "admin").contentType(ContentType.JSON).body(huge).put("/api/v1/admin/entities/BIG")
                .then().statusCode(413).contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void wrongContentTypeIs415AndMalformedJsonIs400() {
        Api.as("admin-user", "admin").contentType("application/xml").body("<entity/>").put("/api/v1/admin/entities/X1")
                .then().statusCode(415).contentType("application/problem+json");
        Api.as("admin-user", "admin").contentType(ContentType.JSON).body("{\"name\": ").put("/api/v1/admin/entities/X1")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/persons/..%2F..%2Fadmin%2Fentities", "/api/v1/persons/856115123%2587",
            "/api/v1/persons/85611512387%00", "/api/v1/persons/%2e%2e",
            "/api/v1/persons/-85611512387", "/api/v1/persons/1e10" })
    void pathTricksAreRefusedAsProblems(String path) {
        int status = Api.consult().urlEncodingEnabled(false).get(path).then()
                .contentType("application/problem+json").extract().statusCode();
        assertThat(status).isIn(400, 404);
    }

    @Test
    void aLongOrStrangeRequestIdIsReplacedNeverEchoed() throws Exception {
        String injected = "abc<script>alert(1)</script>";
        String response = rawGet("/api/v1/persons/" + Personas.FULL, "X-Request-Id: " + injected);
        assertThat(response).doesNotContain("<script>");
        assertThat(response).containsPattern("(?i)x-request-id: " + UUID);

        Api.consult().header("X-Request-Id", "r".repeat(65)).get("/api/v1/persons/{insz}", Personas.FULL)
                .then().header("X-Request-Id", matchesPattern(UUID));
        Api.consult().header("X-Request-Id", "a b").get("/api/v1/persons/{insz}", Personas.FULL)
                .then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void unexpectedQueryParametersAreIgnoredEverywhere() {
        Api.consult().queryParam("debug", "true").get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
        Api.as("auditor", "audit").queryParam("debug", "true").get("/api/v1/audit").then().statusCode(200);
        given().queryParam("debug", "true").get("/api/v1/health?level=PING").then().statusCode(200);
    }

    private static String rawGet(String path, String header) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                    + Api.token(Api.CLIENT, "consult") + "\r\nX-Entity: " + Api.ENTITY + "\r\n" + header + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
