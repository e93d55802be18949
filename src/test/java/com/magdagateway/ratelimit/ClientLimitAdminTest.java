package com.magdagateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.RequestIds;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;

/** Managing a calling application's limits: the default, its own, back to the default, validation, the trail. */
@QuarkusTest
class ClientLimitAdminTest {

    private static final String PATH = "/api/v1/admin/clients/{clientId}/limits";

    private static RequestSpecification admin() {
        return Api.as("admin-user", "admin");
    }

    private static String body(Object rps, Object burst, Object concurrent) {
        return "{\"requestsPerSecond\":" + rps + ",\"burst\":" + burst + ",\"concurrentCalls\":" + concurrent + "}";
    }

    @Test
    void aClientWithoutItsOwnLimitsHasTheDefault() {
        admin().get(PATH, RequestIds.fresh("lim-new-")).then().statusCode(200)
                .body("requestsPerSecond", equalTo(500)).body("burst", equalTo(1000))
                .body("concurrentCalls", equalTo(200)).body("default", equalTo(true))
                .body("updatedAt", nullValue()).body("updatedBy", nullValue());
    }

    @Test
    void setChangeAndRemoveAClientsOwnLimits() {
        String client = RequestIds.fresh("lim-crud-");
        admin().contentType(ContentType.JSON).body(body(5, 10, 2)).put(PATH, client).then().statusCode(201)
                .body("clientId", equalTo(client)).body("requestsPerSecond", equalTo(5)).body("burst", equalTo(10))
                .body("concurrentCalls", equalTo(2)).body("default", equalTo(false))
                .body("updatedBy", equalTo("admin-user"));
        admin().contentType(ContentType.JSON).body(body(7, 7, 3)).put(PATH, client).then().statusCode(200)
                .body("requestsPerSecond", equalTo(7));
        admin().get(PATH, client).then().statusCode(200).body("requestsPerSecond", equalTo(7))
                .body("burst", equalTo(7)).body("concurrentCalls", equalTo(3)).body("default", equalTo(false));

        admin().delete(PATH, client).then().statusCode(204);
        admin().get(PATH, client).then().statusCode(200).body("default", equalTo(true))
                .body("requestsPerSecond", equalTo(500));
        admin().delete(PATH, client).then().statusCode(204); // idempotent
    }

    @Test
    void invalidLimitsAreAProblemAndChangeNothing() {
        String client = RequestIds.fresh("lim-bad-");
        String[] bodies = { body(0, 1, 1), body(1, 0, 1), body(1, 1, 0), body(-5, 1, 1), body(100001, 1, 1),
                body("\"many\"", 1, 1), body(1.5, 1, 1), "{\"requestsPerSecond\":1,\"burst\":1}", "{}", "{not json", "",
                "[]", body("null", 1, 1) };
        for (String bad : bodies) {
            var answer = admin().contentType(ContentType.JSON).body(bad).put(PATH, client);
            assertThat(answer.statusCode()).as("status for body %s", bad).isEqualTo(400);
            assertThat(answer.contentType()).as("type for body %s", bad).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("code")).as("code for body %s", bad).isEqualTo("BAD_REQUEST");
        }
        admin().get(PATH, client).then().body("default", equalTo(true));
        admin().contentType(ContentType.JSON).body(body(1, 1, 1)).put(PATH, "bad client!").then().statusCode(400)
                .contentType("application/problem+json");
        admin().contentType(ContentType.TEXT).body("rps=1").put(PATH, client).then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdministratorsManageLimits() {
        String client = RequestIds.fresh("lim-authz-");
        Api.as("hr-app", "consult").get(PATH, client).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.as("hr-app", "consult").contentType(ContentType.JSON).body(body(1, 1, 1)).put(PATH, client).then()
                .statusCode(403);
        Api.as("hr-app", "consult").delete(PATH, client).then().statusCode(403);
        io.restassured.RestAssured.given().get(PATH, client).then().statusCode(401);
        admin().get(PATH, client).then().body("default", equalTo(true));
    }

    @Test
    void changesAreInTheAdminTrailWithBeforeAndAfter() {
        String client = RequestIds.fresh("lim-trail-");
        String requestId = RequestIds.fresh("lim-trail-req-");
        admin().header("X-End-User", "jan.peeters@vlaanderen.be").header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body(body(5, 10, 2)).put(PATH, client).then().statusCode(201);
        admin().contentType(ContentType.JSON).body(body(6, 12, 3)).put(PATH, client).then().statusCode(200);
        admin().delete(PATH, client).then().statusCode(204);
        admin().delete(PATH, client).then().statusCode(204); // nothing to remove: no entry

        var trail = Api.as("privacy-officer", "audit").get("/api/v1/audit/admin?clientId=admin-user&size=200").then()
                .statusCode(200).extract().jsonPath();
        String mine = "items.findAll { it.target == 'client/" + client + "/limits' }";
        assertThat(trail.getList(mine + ".action", String.class))
                .containsExactly("CLIENT_LIMITS_REMOVED", "CLIENT_LIMITS_SET", "CLIENT_LIMITS_SET");
        assertThat(trail.getString(mine + "[2].before")).isNull();
        assertThat(trail.getInt(mine + "[2].after.requestsPerSecond")).isEqualTo(5);
        assertThat(trail.getString(mine + "[2].endUser")).isEqualTo("jan.peeters@vlaanderen.be");
        assertThat(trail.getString(mine + "[2].requestId")).isEqualTo(requestId);
        assertThat(trail.getInt(mine + "[1].before.burst")).isEqualTo(10);
        assertThat(trail.getInt(mine + "[1].after.burst")).isEqualTo(12);
        assertThat(trail.getInt(mine + "[0].before.concurrentCalls")).isEqualTo(3);
        assertThat(trail.getString(mine + "[0].after")).isNull();
    }
}
