package com.magdagateway;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.BulkPersonas;
import com.magdagateway.support.DimonaPersonas;
import com.magdagateway.support.DmfaPersonas;
import com.magdagateway.support.HouseholdPersonas;
import com.magdagateway.support.MagdaSimulatorResource;
import com.magdagateway.support.RegistrationPersonas;
import com.magdagateway.support.SelfEmploymentPersonas;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** Every wrapped MAGDA service through the packaged application (and, where GraalVM exists, the native binary). */
@QuarkusIntegrationTest
@QuarkusTestResource(value = MagdaSimulatorResource.class, restrictToAnnotatedClass = true)
class AllServicesIT {

    @BeforeEach
    void registerTheEntityAndGrantIt() {
        Api.as("it-admin", "admin").contentType(ContentType.JSON)
                .body("{\"name\":\"Departement Werk en Sociale Economie\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", Api.ENTITY).then().statusCode(anyOf(is(200), is(201)));
        Api.as("it-admin", "admin").put("/api/v1/admin/clients/{c}/entities/{e}", Api.CLIENT, Api.ENTITY)
                .then().statusCode(anyOf(is(200), is(201)));
        // Production's employee rule is on: the entity employs the personas it looks up (an idempotent import).
        StringBuilder links = new StringBuilder("entity,insz,relation,start\n");
        for (String insz : new String[] { HouseholdPersonas.FAMILY, HouseholdPersonas.BIS, SelfEmploymentPersonas.TWO_FUNDS,
                SelfEmploymentPersonas.EVERY_FIELD, DimonaPersonas.FULL, DimonaPersonas.NOT_REGISTERED,
                DimonaPersonas.EVERY_FIELD, DmfaPersonas.FULL, DmfaPersonas.EVERY_FIELD }) {
            links.append(Api.ENTITY).append(',').append(insz).append(",EMPLOYEE,2020-01-01\n");
        }
        for (String insz : BulkPersonas.first(5)) { // the small batch's persons: the rule applies to batch items too
            links.append(Api.ENTITY).append(',').append(insz).append(",EMPLOYEE,2020-01-01\n");
        }
        Api.as("it-admin", "admin").contentType("text/csv").body(links.toString()).post("/api/v1/admin/links")
                .then().statusCode(200).body("refused", org.hamcrest.Matchers.empty());
    }

    @Test
    void aSmallBatch() {
        List<String> persons = new ArrayList<>(BulkPersonas.first(5));
        persons.add("12345");
        String location = Api.consult().contentType(ContentType.JSON)
                .body(Map.of("service", "person", "insz", persons)).post("/api/v1/batches")
                .then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofMinutes(2)).until(() -> "DONE".equals(
                Api.consult().get(location).then().statusCode(200).extract().path("state")));
        Api.consult().get(location).then().body("outcomes.SUCCESS", is(5)).body("outcomes.INSZ_INVALID", is(1));
        List<String> lines = Api.consult().get(location + "/results").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson")).extract().asString().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).contains("\"insz\":\"" + persons.get(0) + "\"", "\"lastName\":\"Bulk\"");
        assertThat(lines.get(5)).contains("\"code\":\"INSZ_INVALID\"");
    }

    @Test
    void household() {
        Api.consult().get("/api/v1/persons/{insz}/household", HouseholdPersonas.FAMILY).then().statusCode(200)
                .body("data.members", hasSize(4)).body("source.service", equalTo("GeefGezinssamenstelling"));
        Api.consult().get("/api/v1/persons/{insz}/household", HouseholdPersonas.BIS).then().statusCode(422)
                .body("code", equalTo("BIS_NOT_SUPPORTED"));
    }

    @Test
    void selfEmployment() {
        Api.consult().get("/api/v1/persons/{insz}/self-employment", SelfEmploymentPersonas.TWO_FUNDS).then()
                .statusCode(200).body("data.affiliations", hasSize(2)).body("source.service", equalTo("GeefLoopbaanARZA"));
        Api.consult().get("/api/v1/persons/{insz}/self-employment", SelfEmploymentPersonas.EVERY_FIELD).then()
                .statusCode(200).body("data.enterpriseNumber", equalTo("0712345678"))
                .body("data.affiliations[0].fund.name", equalTo("Sociaal Verzekeringsfonds Oost"))
                .body("data.affiliations[0].careers.occupation", contains("SECONDARY", "MAIN", null))
                .body("data.affiliations[0].careers[1].periodType", equalTo("ASSIMILATED"))
                .body("data.affiliations[0].careers[1].assimilation.description", equalTo("Gelijkstelling wegens ziekte"))
                .body("data.affiliations[0].careers[0].signatureDate", equalTo("2016-03-18"));
    }

    @Test
    void dimona() {
        Api.consult().queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .get("/api/v1/persons/{insz}/dimona", DimonaPersonas.FULL).then().statusCode(200)
                .body("data.declarations", hasSize(4)).body("source.service", equalTo("GeefWerkrelaties"));
        Api.consult().get("/api/v1/persons/{insz}/dimona", DimonaPersonas.NOT_REGISTERED).then().statusCode(409)
                .body("code", equalTo("PERSON_NOT_REGISTERED"));
        Api.consult().get("/api/v1/persons/{insz}/dimona", DimonaPersonas.EVERY_FIELD).then().statusCode(200)
                .body("data.declarations.dimonaNumber", contains("300000000902", "300000000901"))
                .body("data.declarations[1].origin.code", equalTo("DIBISS"))
                .body("data.declarations[1].employer.subEntity", equalTo("12"))
                .body("data.declarations[1].student", equalTo(true))
                .body("data.declarations[1].temporaryAgencyWork", equalTo(true))
                .body("data.declarations[1].temporaryAgency.name", equalTo("Interim Vlaanderen"))
                .body("data.declarations[1].fromTime", equalTo("08:00"))
                .body("data.declarations[1].plannedWorkingDays", equalTo(9))
                .body("data.declarations[1].establishmentUnit.address.municipality", equalTo("Mechelen"))
                .body("data.declarations[0].workerType", equalTo("XYZ"));
    }

    @Test
    void dmfa() {
        Api.consult().get("/api/v1/persons/{insz}/dmfa", DmfaPersonas.FULL).then().statusCode(200)
                .body("source.service", equalTo("GeefDmfaVoorWerknemer"));
        Api.consult().queryParam("fromQuarter", "2023Q5").get("/api/v1/persons/{insz}/dmfa", DmfaPersonas.FULL)
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        String line = "data.attestations[0].workerLines[0].";
        Api.consult().get("/api/v1/persons/{insz}/dmfa", DmfaPersonas.EVERY_FIELD).then().statusCode(200)
                .body("data.attestations[0].netAmountDue", equalTo(12500.00f))
                .body(line + "occupations", hasSize(2))
                .body(line + "occupations[0].contractType.description", equalTo("Deeltijds"))
                .body(line + "occupations[0].workingDaysPerWeek", equalTo(2.50f))
                .body(line + "occupations[0].averageWeeklyHours.worker", equalTo(19.00f))
                .body(line + "occupations[0].localUnit.nisCode", equalTo("12025"))
                .body(line + "occupations[0].performances.days", contains(26.00f, 2.50f))
                .body(line + "occupations[0].remunerations[0].amount", equalTo(9750.00f))
                .body(line + "contributions[0].amount", equalTo(1274.33f));
    }

    @Test
    void registration() {
        Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY)
                .put("/api/v1/persons/{insz}/registration", RegistrationPersonas.ACCEPTED).then().statusCode(200)
                .body("data.registered", equalTo(true));
        Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY).queryParam("effectiveDate", "2024-02-29")
                .delete("/api/v1/persons/{insz}/registration", RegistrationPersonas.ACCEPTED).then().statusCode(200)
                .body("data.registered", equalTo(false)).body("data.endDate", equalTo("2026-02-28"));
        Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY)
                .put("/api/v1/persons/{insz}/registration", RegistrationPersonas.REJECTED).then().statusCode(422)
                .body("code", equalTo("REGISTRATION_REJECTED"));
    }

    /** Issue #14 in the packaged application: the employee rule is on by default, registration follows the links. */
    @Test
    void linksAndTheEmployeeRule() {
        Api.as("it-admin", "admin").contentType(ContentType.JSON)
                .body("{\"name\":\"Departement Omgeving\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", "OMG").then().statusCode(anyOf(is(200), is(201)));
        Api.as("it-admin", "admin").put("/api/v1/admin/clients/{c}/entities/{e}", Api.CLIENT, "OMG")
                .then().statusCode(anyOf(is(200), is(201)));
        String insz = com.magdagateway.support.Links.freshInsz();
        Api.consult().get("/api/v1/persons/{insz}", insz).then().statusCode(403).body("code", equalTo("PERSON_NOT_LINKED"));

        register(Api.ENTITY, insz).then().statusCode(200).body("data.magdaRegistration", equalTo("REGISTERED"));
        register("OMG", insz).then().statusCode(200).body("data.magdaRegistration", equalTo("KEPT"));
        Api.consult().get("/api/v1/persons/{insz}", insz).then().statusCode(404).body("code", equalTo("PERSON_NOT_FOUND"));
        deregister(Api.ENTITY, insz).then().statusCode(200).body("data.magdaRegistration", equalTo("KEPT"));
        deregister("OMG", insz).then().statusCode(200).body("data.magdaRegistration", equalTo("DEREGISTERED"));
        Api.consult().get("/api/v1/persons/{insz}/registration", insz).then().statusCode(200)
                .body("data.link.active", equalTo(false)).body("data.magdaRegistration.state", equalTo("ENDING"));
    }

    private static io.restassured.response.Response register(String entity, String insz) {
        return Api.as(Api.CLIENT, "register").header("X-Entity", entity).contentType(ContentType.JSON)
                .body("{\"relation\": \"EMPLOYEE\"}").put("/api/v1/persons/{insz}/registration", insz);
    }

    private static io.restassured.response.Response deregister(String entity, String insz) {
        return Api.as(Api.CLIENT, "register").header("X-Entity", entity)
                .queryParam("effectiveDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).toString())
                .delete("/api/v1/persons/{insz}/registration", insz);
    }

    @Test
    void health() {
        io.restassured.RestAssured.given().get("/api/v1/health?level=DEEP").then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
