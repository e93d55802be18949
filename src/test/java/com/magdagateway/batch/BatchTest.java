package com.magdagateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.BulkPersonas;
import com.magdagateway.support.FieldOrder;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Bulk consultation end to end against the simulated MAGDA: every item once, on the same road as online calls. */
@QuarkusTest
@ConnectWireMock
class BatchTest {

    private static final String BULK_REQUESTS = "<INSZ>9561";

    WireMock wiremock;

    @Inject
    BatchExecutor executor;

    @BeforeEach
    void reset() {
        // A cold MAGDA client takes seconds to build on a loaded machine: not what these tests are about.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).statusCode() == 200);
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void running() {
        executor.start();
    }

    @Test
    void aThousandPersonsAreEachAskedOnceAuditedOnceAndAnsweredInRequestOrder() {
        List<String> persons = BulkPersonas.first(1000);
        List<String> submitted = new ArrayList<>(persons);
        submitted.addAll(persons.subList(0, 25)); // duplicates are removed

        Response created = submit("person", submitted, Map.of());
        assertThat(created.statusCode()).isEqualTo(202);
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/batches/" + id);
        assertThat(created.jsonPath().getInt("total")).isEqualTo(1000);

        JsonPath done = awaitState(id, "DONE", Duration.ofMinutes(10)); // a bound, not a target: CI machines are shared
        assertThat(done.getInt("done")).isEqualTo(1000);
        assertThat(done.getMap("outcomes")).containsExactly(Map.entry("SUCCESS", 1000));
        assertThat(done.getDouble("progress")).isEqualTo(1.0);
        assertThat(done.getLong("estimatedSecondsLeft")).isZero();

        List<JsonPath> lines = results(id, null);
        assertThat(lines).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(lines.get(i).getInt("index")).isEqualTo(i);
            assertThat(lines.get(i).getString("insz")).isEqualTo(persons.get(i));
            assertThat(lines.get(i).getString("outcome")).isEqualTo("SUCCESS");
            assertThat(lines.get(i).getString("data.insz")).isEqualTo(persons.get(i));
            assertThat(lines.get(i).getString("data.lastName")).isEqualTo("Bulk");
            assertThat(lines.get(i).getString("source.service")).isEqualTo("GeefPersoon");
        }
        assertThat(results(id, 995)).extracting(line -> line.getInt("index")).containsExactly(996, 997, 998, 999);

        assertThat(magdaRequests()).as("MAGDA requests").isEqualTo(1000);
        List<String[]> audit = auditRows(id);
        assertThat(audit).as("audit rows").hasSize(1000);
        assertThat(audit).allSatisfy(row -> assertThat(row[1]).isEqualTo("SUCCESS"));
        assertThat(audit.stream().map(row -> row[0]).distinct()).containsExactlyInAnyOrderElementsOf(persons);
    }

    @Test
    void anInvalidInszIsAFailedItemNotAFailedBatch() {
        String valid = BulkPersonas.first(1).get(0);
        Response created = submit("person", List.of(valid, "12345", valid, Personas.NOT_FOUND), Map.of());
        assertThat(created.statusCode()).isEqualTo(202);
        String id = created.jsonPath().getString("id");

        JsonPath done = awaitState(id, "DONE", Duration.ofSeconds(60));
        assertThat(done.getInt("total")).isEqualTo(3);
        assertThat(done.getMap("outcomes")).containsOnly(Map.entry("SUCCESS", 1), Map.entry("INSZ_INVALID", 1),
                Map.entry("PERSON_NOT_FOUND", 1));
        List<JsonPath> lines = results(id, null);
        assertThat(lines.get(1).getString("insz")).isEqualTo("12345");
        assertThat(lines.get(1).getInt("status")).isEqualTo(400);
        assertThat(lines.get(1).getString("problem.code")).isEqualTo("INSZ_INVALID");
        assertThat(lines.get(2).getInt("status")).isEqualTo(404);
        assertThat(lines.get(2).getString("problem.code")).isEqualTo("PERSON_NOT_FOUND");
        assertThat(lines.get(2).getString("problem.magda.code")).isEqualTo("30001");
        assertThat(auditRows(id)).as("an invalid INSZ never reaches the pipeline").hasSize(2);
    }

    @Test
    void aResultLineListsItsFieldsInTheOrderOfTheSinglePersonAnswer() throws Exception {
        String id = submit("person", List.of(Personas.FULL), Map.of()).jsonPath().getString("id");
        awaitState(id, "DONE", Duration.ofSeconds(60));
        String line = Api.consult().get("/api/v1/batches/{id}/results", id).then().statusCode(200).extract().asString()
                .lines().findFirst().orElseThrow();
        String online = Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200).extract()
                .asString();

        JsonNode batchData = FieldOrder.read(line).path("data");
        JsonNode onlineData = FieldOrder.read(online).path("data");
        assertThat(FieldOrder.of(batchData)).as("the person's fields").isNotEmpty()
                .containsExactlyElementsOf(FieldOrder.of(onlineData));
        assertThat(FieldOrder.of(batchData.path("mainAddress"))).as("the main address's fields").isNotEmpty()
                .containsExactlyElementsOf(FieldOrder.of(onlineData.path("mainAddress")));
        assertThat(FieldOrder.of(FieldOrder.read(line))).as("after the batch's own fields, the answer's")
                .endsWith(FieldOrder.of(FieldOrder.read(online)).toArray(String[]::new));
    }

    @Test
    void badRequestsAreRefusedAsAWhole() {
        List<String> one = BulkPersonas.first(1);
        assertThat(submit("pension", one, Map.of()).statusCode()).isEqualTo(400);
        assertThat(submit("dimona", one, Map.of("from", "2024-13-01")).statusCode()).isEqualTo(400);
        assertThat(submit("person", one, Map.of("from", "2024-01-01")).statusCode()).isEqualTo(400);
        assertThat(submit("person", List.of(), Map.of()).statusCode()).isEqualTo(400);
        assertThat(submit("person", BulkPersonas.first(10_001), Map.of()).jsonPath().getString("code"))
                .isEqualTo("BAD_REQUEST");
        assertThat(Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY).contentType(ContentType.JSON)
                .body(Map.of("service", "person", "insz", one)).post("/api/v1/batches").statusCode()).isEqualTo(403);
        assertThat(Api.as(Api.CLIENT, "consult").header("X-Entity", "DEPT-ONGEKOPPELD").contentType(ContentType.JSON)
                .body(Map.of("service", "person", "insz", one)).post("/api/v1/batches").jsonPath().getString("code"))
                .isEqualTo("ENTITY_NOT_AUTHORIZED");
    }

    @Test
    void onlyTheCreatingClientAndEntitySeeABatch() {
        String id = submit("person", BulkPersonas.first(3), Map.of()).jsonPath().getString("id");
        awaitState(id, "DONE", Duration.ofSeconds(60));

        var otherClient = Api.as("other-app", "consult").header("X-Entity", Api.ENTITY);
        assertThat(otherClient.get("/api/v1/batches/{id}", id).statusCode()).isEqualTo(404);
        assertThat(Api.as("other-app", "consult").header("X-Entity", Api.ENTITY)
                .get("/api/v1/batches/{id}/results", id).statusCode()).isEqualTo(404);
        assertThat(Api.as("other-app", "consult").header("X-Entity", Api.ENTITY)
                .delete("/api/v1/batches/{id}", id).statusCode()).isEqualTo(404);
        assertThat(Api.as(Api.CLIENT, "consult").header("X-Entity", "KAB-WERK")
                .get("/api/v1/batches/{id}", id).statusCode()).as("same client, other entity").isEqualTo(404);
        assertThat(Api.consult().get("/api/v1/batches/{id}", UUID.randomUUID()).jsonPath().getString("code"))
                .isEqualTo("NOT_FOUND");
        assertThat(Api.consult().get("/api/v1/batches/{id}", id).statusCode()).isEqualTo(200);
    }

    @Test
    void cancellingStopsTheItemsNotYetSent() {
        executor.stop().await().atMost(Duration.ofSeconds(30));
        String id = submit("person", BulkPersonas.first(40), Map.of()).jsonPath().getString("id");
        assertThat(status(id).getString("state")).isEqualTo("QUEUED");

        JsonPath cancelled = Api.consult().delete("/api/v1/batches/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getString("state")).isEqualTo("CANCELLED");
        assertThat(cancelled.getInt("cancelled")).isEqualTo(40);
        executor.start();

        List<JsonPath> lines = results(id, null);
        assertThat(lines).hasSize(40).allSatisfy(line -> assertThat(line.getString("outcome")).isEqualTo("CANCELLED"));
        assertThat(status(id).getString("state")).isEqualTo("CANCELLED");
        assertThat(magdaRequests()).isZero();
        assertThat(auditRows(id)).isEmpty();
    }

    @Test
    void aBusyMagdaPausesTheBatchWhichThenCompletes() {
        var busy = wiremock.register(WireMock.post(WireMock.urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(WireMock.matching("(?s).*<INSZ>9561[0-9]{7}</INSZ>.*"))
                .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withBodyFile("persoon/busy.xml")));
        List<String> persons = BulkPersonas.first(12);
        String id;
        try {
            id = submit("person", persons, Map.of()).jsonPath().getString("id");
            await().atMost(Duration.ofSeconds(60)).until(() -> status(id).get("pausedUntil") != null);
            JsonPath paused = status(id);
            assertThat(paused.getString("state")).isEqualTo("RUNNING");
            assertThat(paused.getInt("done")).as("busy items are not failed").isZero();
        } finally {
            wiremock.removeStubMapping(busy);
        }
        JsonPath done = awaitState(id, "DONE", Duration.ofSeconds(90));
        assertThat(done.getMap("outcomes")).containsExactly(Map.entry("SUCCESS", 12));
        List<String[]> audit = auditRows(id);
        for (String insz : persons) {
            assertThat(audit.stream().filter(row -> row[0].equals(insz) && row[1].equals("SUCCESS")))
                    .as("one final answer per person").hasSize(1);
        }
        assertThat(audit).as("the busy attempts are on record too")
                .anySatisfy(row -> assertThat(row[2]).isEqualTo("503"));
    }

    @Test
    void onlineLookupsTakePriorityOverBatchItems() throws Exception {
        List<String> persons = BulkPersonas.first(401); // more than 10 s of work at full width
        String online = persons.get(400);
        var slowBulk = wiremock.register(WireMock.post(WireMock.urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(WireMock.matching("(?s).*<INSZ>9561[0-9]{7}</INSZ>.*"))
                .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withBodyFile("persoon/bulk.xml").withFixedDelay(200)));
        var slowOnline = wiremock.register(WireMock.post(WireMock.urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(0)
                .withRequestBody(WireMock.containing("<INSZ>" + online + "</INSZ>"))
                .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withBodyFile("persoon/bulk.xml").withFixedDelay(3000)));
        String id = submit("person", persons.subList(0, 400), Map.of()).jsonPath().getString("id");
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> executor.inFlight() == executor.concurrencyLimit());

            var lookup = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> Api.consult().get("/api/v1/persons/{insz}", online).statusCode());
            await().atMost(Duration.ofSeconds(30)).until(() -> !wiremock.find(WireMock.postRequestedFor(
                    WireMock.urlPathEqualTo(Personas.MAGDA_PATH)).withRequestBody(WireMock.containing(online))).isEmpty());
            // the items sent before the lookup came in (200 ms each) come back; no new ones beyond one are sent
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> executor.inFlight() <= 1);
            int most = 0;
            while (!lookup.isDone()) {
                most = Math.max(most, executor.inFlight());
                Thread.sleep(10);
            }
            assertThat(lookup.get()).isEqualTo(200);
            assertThat(most).as("batch items in flight beside a pending online lookup").isLessThanOrEqualTo(1);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .alias("without online calls the batch takes its full width again")
                    .until(() -> executor.inFlight() == executor.concurrencyLimit());
        } finally {
            Api.consult().delete("/api/v1/batches/{id}", id);
            wiremock.removeStubMapping(slowBulk);
            wiremock.removeStubMapping(slowOnline);
        }
    }

    @Test
    void stoppingAndRestartingMidBatchLosesAndRepeatsNothing() {
        List<String> persons = BulkPersonas.first(200);
        String id = submit("person", persons, Map.of()).jsonPath().getString("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> status(id).getInt("done") >= 20);
        executor.stop().await().atMost(Duration.ofSeconds(30));
        JsonPath stopped = status(id);
        assertThat(stopped.getInt("inFlight")).as("the items in flight finished before the stop").isZero();
        assertThat(stopped.getString("state")).isEqualTo("RUNNING");

        executor.start();
        awaitState(id, "DONE", Duration.ofMinutes(2));
        assertThat(results(id, null)).extracting(line -> line.getInt("index"))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 200).boxed().toList());
        assertThat(auditRows(id)).hasSize(200);
        assertThat(magdaRequests()).isEqualTo(200);
    }

    @Test
    void itemsClaimedByAReplicaThatDiedAreRunOnceMore() throws Exception {
        executor.stop().await().atMost(Duration.ofSeconds(30));
        List<String> persons = BulkPersonas.first(10);
        String id = submit("person", persons, Map.of()).jsonPath().getString("id");
        // A replica killed mid-item: three items claimed an hour ago and never finished.
        AuditRows.execute("UPDATE batch_item SET state = 'CLAIMED', claimed_by = 'dead-replica', "
                + "claimed_at = now() - interval '1 hour' WHERE batch_id = '" + id + "' AND seq IN (2, 5, 7)");
        executor.start(); // its housekeeping queues stale claims again

        JsonPath done = awaitState(id, "DONE", Duration.ofSeconds(60));
        assertThat(done.getMap("outcomes")).containsExactly(Map.entry("SUCCESS", 10));
        assertThat(results(id, null)).hasSize(10);
        assertThat(auditRows(id)).hasSize(10);
    }

    @Test
    void metricsShowBatchesByStateItemsAndTheQueue() {
        String id = submit("person", BulkPersonas.first(3), Map.of()).jsonPath().getString("id");
        awaitState(id, "DONE", Duration.ofSeconds(60));
        // The periodic housekeeping refreshes the gauges too; one that started before the batch ended may finish last.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            executor.housekeeping().await().atMost(Duration.ofSeconds(30));
            return io.restassured.RestAssured.get("/q/metrics").asString()
                    .matches("(?s).*gateway_batches\\{state=\"DONE\"} [1-9].*");
        });
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("gateway_batches\\{state=\"DONE\"} [1-9]")
                .containsPattern("gateway_batch_items_total\\{outcome=\"SUCCESS\"} [1-9]")
                .contains("gateway_batch_queue_depth");
    }

    @Test
    void finishedBatchesArePurgedAfterTheRetention() {
        String id = submit("person", List.of("1"), Map.of()).jsonPath().getString("id");
        assertThat(status(id).getString("state")).as("nothing to run").isEqualTo("DONE");
        AuditRows.execute("UPDATE batch SET finished_at = now() - interval '8 days' WHERE id = '" + id + "'");
        executor.housekeeping().await().atMost(Duration.ofSeconds(30));
        assertThat(Api.consult().get("/api/v1/batches/{id}", id).statusCode()).isEqualTo(404);
    }

    private static Response submit(String service, List<String> insz, Map<String, String> params) {
        return Api.consult().contentType(ContentType.JSON)
                .body(Map.of("service", service, "insz", insz, "params", params)).post("/api/v1/batches");
    }

    private static JsonPath status(String id) {
        return Api.consult().get("/api/v1/batches/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitState(String id, String state, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> status(id).getString("state").equals(state));
        return status(id);
    }

    private static List<JsonPath> results(String id, Integer after) {
        var request = Api.consult();
        if (after != null) {
            request = request.queryParam("after", after);
        }
        Response response = request.get("/api/v1/batches/{id}/results", id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        return response.asString().lines().filter(line -> !line.isBlank()).map(JsonPath::from).toList();
    }

    private int magdaRequests() {
        return wiremock.find(WireMock.postRequestedFor(WireMock.urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(WireMock.containing(BULK_REQUESTS))).size();
    }

    /** insz, outcome, http status of the audit rows naming the batch. */
    private static List<String[]> auditRows(String id) {
        try (var connection = AuditRows.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT insz, outcome, http_status FROM audit_record WHERE batch_id = ?::uuid ORDER BY id")) {
            query.setString(1, id);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] { rs.getString(1), rs.getString(2), String.valueOf(rs.getObject(3)) });
                }
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
