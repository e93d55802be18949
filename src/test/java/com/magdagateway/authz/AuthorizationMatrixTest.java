package com.magdagateway.authz;

import static com.magdagateway.support.WireMockSupport.allRequests;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.security.KeyPairGenerator;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** Every refusal code and every role, and proof that a refused call never reaches MAGDA. */
@QuarkusTest
@ConnectWireMock
class AuthorizationMatrixTest {

    private static final String PERSON = "/api/v1/persons/{insz}";

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
    }

    @Test
    void noTokenIs401WithAChallenge() {
        given().header("X-Entity", Api.ENTITY).get(PERSON, Personas.FULL).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void garbageExpiredAndForeignTokensAre401() throws Exception {
        String foreign = Jwt.issuer(Api.ISSUER).audience(Api.AUDIENCE).subject("hr-app").groups(Set.of("consult"))
                .sign(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        String wrongIssuer = Jwt.issuer("https://evil.example").audience(Api.AUDIENCE).subject("hr-app").groups(Set.of("consult")).sign(Api.key());
        for (String token : new String[] { "not-a-jwt", Api.expiredToken("hr-app", "consult"), foreign, wrongIssuer }) {
            given().auth().oauth2(token).header("X-Entity", Api.ENTITY).get(PERSON, Personas.FULL)
                    .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        }
        assertThat(allRequests(wiremock)).isZero();
    }

    @ParameterizedTest
    @CsvSource({ "register,/api/v1/persons/85611512387", "audit,/api/v1/persons/85611512387",
            "admin,/api/v1/persons/85611512387", "consult,/api/v1/audit", "admin,/api/v1/audit",
            "consult,/api/v1/admin/entities", "audit,/api/v1/admin/entities" })
    void aMissingRoleIs403Forbidden(String role, String path) {
        Api.as("hr-app", role).header("X-Entity", Api.ENTITY).get(path).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedAndAudited() {
        String requestId = RequestIds.fresh("role-");
        Api.as("hr-app", "audit").header("X-Entity", Api.ENTITY).header("X-Request-Id", requestId)
                .get(PERSON, Personas.FULL).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertThat(com.magdagateway.support.AuditRows.withRequestIdPrefix(requestId)).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo("DENIED");
            assertThat(row.httpStatus()).isEqualTo(403);
        });
        assertThat(allRequests(wiremock)).isZero();
    }

    @ParameterizedTest(name = "X-Entity {0} -> {1}")
    @CsvSource({ "'',ENTITY_NOT_AUTHORIZED", "NOPE,ENTITY_NOT_AUTHORIZED", "DEPT-ONGEKOPPELD,ENTITY_NOT_AUTHORIZED",
            "AGII,ENTITY_NOT_AUTHORIZED", "VUTG,ENTITY_EXCLUDED", "KAB-WERK,ENTITY_EXCLUDED" })
    void entityRefusalsNeverReachMagda(String entity, String code) {
        var request = Api.as("hr-app", "consult");
        if (!entity.isEmpty()) {
            request.header("X-Entity", entity);
        }
        request.get(PERSON, Personas.FULL).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo(code));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void aCabinetIsExcludedEvenWhenGrantedAndKszLinked() {
        // KAB-WERK is seeded with kszLookup=true and granted to hr-app; the cabinet rule still wins.
        Api.as("hr-app", "consult").header("X-Entity", "KAB-WERK").get(PERSON, Personas.FULL)
                .then().statusCode(403).body("code", equalTo("ENTITY_EXCLUDED"));
    }

    @Test
    void anotherApplicationMayNotUseHrAppsGrants() {
        Api.as("payroll-app", "consult").header("X-Entity", Api.ENTITY).get(PERSON, Personas.FULL)
                .then().statusCode(403).body("code", equalTo("ENTITY_NOT_AUTHORIZED"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void aGrantedKszEntityGetsTheData() {
        Api.consult().get(PERSON, Personas.FULL).then().statusCode(200);
        assertThat(allRequests(wiremock)).isEqualTo(1);
    }

    /** Whatever the spelling, VUTG and cabinets stay excluded, and the refusal is audited under the one true code. */
    @ParameterizedTest(name = "X-Entity ''{0}'' -> ENTITY_EXCLUDED as {1}")
    @CsvSource({ "vutg,VUTG", "Vutg,VUTG", "' VUTG ',VUTG", "vUtG,VUTG", "kab-werk,KAB-WERK", "Kab-Werk,KAB-WERK" })
    void exclusionsHoldWhateverTheSpelling(String spelling, String code) {
        String requestId = RequestIds.fresh("spell-");
        Api.as("hr-app", "consult").header("X-Entity", spelling).header("X-Request-Id", requestId)
                .get(PERSON, Personas.FULL).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("ENTITY_EXCLUDED"));
        assertThat(allRequests(wiremock)).isZero();
        assertThat(com.magdagateway.support.AuditRows.withRequestIdPrefix(requestId)).singleElement()
                .satisfies(row -> {
                    assertThat(row.outcome()).isEqualTo("DENIED");
                    assertThat(row.entity()).isEqualTo(code);
                });
    }

    @ParameterizedTest(name = "X-Entity ''{0}'' means DWSE")
    @CsvSource({ "dwse", "Dwse", "' DWSE '" })
    void entityCodesAreCaseInsensitive(String spelling) {
        String requestId = RequestIds.fresh("spell-");
        Api.as("hr-app", "consult").header("X-Entity", spelling).header("X-Request-Id", requestId)
                .get(PERSON, Personas.FULL).then().statusCode(200);
        assertThat(com.magdagateway.support.AuditRows.withRequestIdPrefix(requestId)).singleElement()
                .satisfies(row -> assertThat(row.entity()).isEqualTo("DWSE"));
    }
}
