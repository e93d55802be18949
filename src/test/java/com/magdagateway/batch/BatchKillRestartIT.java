package com.magdagateway.batch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.magdagateway.support.Api;
import com.magdagateway.support.BulkPersonas;
import com.magdagateway.support.MagdaSimulatorResource;
import com.magdagateway.support.PackagedJar;
import com.magdagateway.support.Personas;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged jar is killed ({@code kill -9}) in the middle of a batch and started again on the same database: the
 * batch completes with exactly one final result per person, and only the items that were in flight at the kill
 * reach MAGDA a second time, visibly (a second claim, their first audit row closed as {@code INTERRUPTED}).
 */
class BatchKillRestartIT {

    private static final int PERSONS = 300;
    /** Slow enough that the batch takes a while and the kill finds calls in flight; far inside MAGDA_TIMEOUT. */
    private static final int MAGDA_DELAY_MS = 200;
    private static final int DONE_BEFORE_KILL = 60;
    private static final Pattern VRAAG_REFERENCE = Pattern.compile("Vraag>\\s*<Referte>([^<]+)</Referte>");
    private static final Pattern INSZ = Pattern.compile("<INSZ>([0-9]{11})</INSZ>");
    /** Audit rows still PENDING of items still claimed: MAGDA calls in flight. */
    private static final String CALLS_IN_FLIGHT = "SELECT count(*) FROM audit_record a JOIN batch_item i "
            + "ON i.batch_id = a.batch_id AND a.request_id = i.batch_id || '/' || i.seq "
            + "WHERE a.batch_id = ? AND a.outcome = 'PENDING' AND i.state = 'CLAIMED'";

    private final MagdaSimulatorResource simulator = new MagdaSimulatorResource("_batch_kill_it");
    private final ObjectMapper json = new ObjectMapper();
    private PackagedJar gateway;

    @AfterEach
    void stop() throws InterruptedException {
        if (gateway != null) {
            gateway.close();
        }
        simulator.stop();
    }

    @Test
    void aBatchKilledMidwayCompletesAfterRestartWithEveryItemAnsweredOnce() throws Exception {
        Map<String, String> env = new HashMap<>(simulator.start());
        int port = PackagedJar.freePort();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // Every item must succeed: a restarted jar is cold and its first calls, 200 ms at WireMock, took over the
        // simulator's 4 s on a loaded machine (a timeout is a final result, not a pause).
        env.put("MAGDA_TIMEOUT", "PT15S");
        // Short enough for a test, long enough that no live call (MAGDA_TIMEOUT plus database deadlines of 2 s) is
        // taken for dead.
        env.put("GATEWAY_BATCH_CLAIM_STALE_AFTER", "PT25S");
        env.put("GATEWAY_AUDIT_STALE_AFTER", "PT25S");
        env.put("GATEWAY_AUDIT_SWEEP_INTERVAL", "PT2S");
        WireMock magda = slowBulkPersons(env);
        List<String> persons = BulkPersonas.first(PERSONS);

        gateway = PackagedJar.started(env, port);
        registerEntityGrantAndLinks(port, persons);
        String location = consult(port).contentType(ContentType.JSON)
                .body(Map.of("service", "person", "insz", persons)).post("/api/v1/batches")
                .then().statusCode(202).extract().header("Location");
        UUID batch = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        // Mid-batch and mid-call: a good part done, and claimed items whose calls are waiting for MAGDA.
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> count(env, "SELECT count(*) FROM batch_item WHERE batch_id = ? AND state = 'DONE'", batch)
                        >= DONE_BEFORE_KILL && count(env, CALLS_IN_FLIGHT, batch) > 0);
        gateway.kill(); // SIGKILL: no shutdown hook, nothing finishes

        Set<Integer> inFlightAtKill = seqs(env, "SELECT seq FROM batch_item WHERE batch_id = ? AND state = 'CLAIMED'", batch);
        Set<Integer> doneAtKill = seqs(env, "SELECT seq FROM batch_item WHERE batch_id = ? AND state = 'DONE'", batch);
        Set<String> pendingAtKill = strings(env,
                "SELECT magda_reference FROM audit_record WHERE batch_id = ? AND outcome = 'PENDING'", batch);
        assertThat(doneAtKill).as("killed mid-batch").hasSizeGreaterThanOrEqualTo(DONE_BEFORE_KILL).hasSizeLessThan(PERSONS);
        assertThat(count(env, CALLS_IN_FLIGHT, batch)).as("killed while MAGDA calls were in flight").isPositive();

        gateway = PackagedJar.started(env, port);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "DONE".equals(consult(port).get(location).then().statusCode(200).extract().path("state")));
        // The rows left PENDING by the kill are closed by the sweeper once stale.
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> count(env,
                "SELECT count(*) FROM audit_record WHERE batch_id = ? AND outcome = 'PENDING'", batch) == 0);

        consult(port).get(location).then().body("done", is(PERSONS)).body("outcomes.SUCCESS", is(PERSONS))
                .body("pending", is(0)).body("inFlight", is(0));
        Map<Integer, String> finalReference = results(port, location, persons);
        List<AuditRow> rows = auditRows(env, batch);
        Map<Integer, List<AuditRow>> rowsByItem = rows.stream().collect(Collectors.groupingBy(row -> seqOf(row.requestId),
                TreeMap::new, Collectors.toList()));
        List<String> sentBodies = magda.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matching("(?s).*<INSZ>9561[0-9]{7}</INSZ>.*"))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        Map<String, Long> sentReferences = sentBodies.stream().map(body -> first(VRAAG_REFERENCE, body))
                .collect(Collectors.groupingBy(reference -> reference, Collectors.counting()));
        Map<String, Long> callsPerPerson = sentBodies.stream().map(body -> first(INSZ, body))
                .collect(Collectors.groupingBy(insz -> insz, Collectors.counting()));
        Set<String> auditedReferences = rows.stream().map(AuditRow::reference).collect(Collectors.toSet());

        assertThat(rowsByItem.keySet()).as("every item audited").hasSize(PERSONS);
        assertThat(sentReferences).as("each MAGDA request carries its own reference, audited before it was sent")
                .allSatisfy((reference, times) -> {
                    assertThat(times).isEqualTo(1L);
                    assertThat(auditedReferences).contains(reference);
                });
        long secondCalls = 0;
        for (Map.Entry<Integer, List<AuditRow>> item : rowsByItem.entrySet()) {
            int seq = item.getKey();
            String reference = finalReference.get(seq);
            assertThat(item.getValue()).as("item %d: one audit row is its final result's call", seq)
                    .filteredOn(row -> reference.equals(row.reference)).singleElement()
                    .satisfies(row -> assertThat(row.outcome).isEqualTo("SUCCESS"));
            assertThat(sentReferences).as("item %d: its final call reached MAGDA once", seq).containsEntry(reference, 1L);
            long calls = callsPerPerson.getOrDefault(persons.get(seq), 0L);
            if (inFlightAtKill.contains(seq)) {
                // Claimed once more after the restart: a second call is honest, and visible as a second audit row.
                assertThat(calls).as("item %d was in flight at the kill: at most one call more", seq).isBetween(1L, 2L);
                secondCalls += calls - 1;
            } else {
                assertThat(calls).as("item %d was not in flight at the kill: it reached MAGDA once", seq).isEqualTo(1L);
                // An intent written after its deadline had passed (the item was given back, unasked) stays behind.
                assertThat(item.getValue()).as("item %d: any other audit row is of a call that never went out", seq)
                        .filteredOn(row -> !reference.equals(row.reference))
                        .allSatisfy(row -> assertThat(sentReferences).doesNotContainKey(row.reference));
            }
        }
        assertThat(rows).as("the rows left PENDING by the kill are INTERRUPTED, the last call of no item")
                .filteredOn(row -> pendingAtKill.contains(row.reference)).hasSize(pendingAtKill.size())
                .allSatisfy(row -> assertThat(row.outcome).isEqualTo("INTERRUPTED"))
                .allSatisfy(row -> assertThat(finalReference).doesNotContainValue(row.reference));
        // A call refused before it went out (e.g. the cold jar's authorization read missing its database deadline)
        // is recorded without a MAGDA reference as a backend error, and its item is given back and claimed again.
        Set<Integer> claimedAgain = seqs(env, "SELECT seq FROM batch_item WHERE batch_id = ? AND attempts > 1", batch);
        assertThat(rows).as("every audit row but the items' final calls is INTERRUPTED, an item's at the kill, "
                + "or a refusal of an item claimed again")
                .filteredOn(row -> !Objects.equals(row.reference, finalReference.get(seqOf(row.requestId))))
                .allSatisfy(row -> assertThat(row.outcome.equals("INTERRUPTED")
                        || inFlightAtKill.contains(seqOf(row.requestId))
                        || row.reference == null && row.outcome.equals("BACKEND_ERROR")
                                && claimedAgain.contains(seqOf(row.requestId)))
                        .as("%s", row).isTrue());
        assertThat(secondCalls).as("second calls: at most the items in flight at the kill")
                .isLessThanOrEqualTo(inFlightAtKill.size());
        assertThat(sentBodies).as("MAGDA requests: one per item plus the second calls of items in flight at the kill")
                .hasSize(PERSONS + (int) secondCalls);
        // Another item may have been claimed twice too, when given back unasked (a pause: e.g. the cold jar's first
        // database calls missing their deadline on a loaded machine); that it reached MAGDA once is asserted above.
        assertThat(claimedAgain).as("the items in flight at the kill were claimed again").containsAll(inFlightAtKill);
    }

    /** Bulk personas answered after a fixed delay, so that the batch is still running when it is killed. */
    private static WireMock slowBulkPersons(Map<String, String> env) {
        WireMock magda = new WireMock("localhost", URI.create(env.get("MAGDA_URL")).getPort());
        magda.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(containing("http://magda.vlaanderen.be/persoon/soap/geefpersoon/v02_02"))
                .withRequestBody(matching("(?s).*<INSZ>9561[0-9]{7}</INSZ>.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withBodyFile("persoon/bulk.xml").withFixedDelay(MAGDA_DELAY_MS)));
        return magda;
    }

    /** Every result line once, in request order and for the right person; answers each item's MAGDA reference. */
    private Map<Integer, String> results(int port, String location, List<String> persons) throws IOException {
        List<String> lines = consult(port).get(location + "/results").then().statusCode(200).extract().asString()
                .lines().toList();
        assertThat(lines).as("one result line per person").hasSize(PERSONS);
        Map<Integer, String> references = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = json.readTree(lines.get(i));
            assertThat(line.path("index").asInt()).isEqualTo(i);
            assertThat(line.path("insz").asText()).isEqualTo(persons.get(i));
            assertThat(line.path("outcome").asText()).isEqualTo("SUCCESS");
            assertThat(line.path("data").path("insz").asText()).isEqualTo(persons.get(i));
            String reference = line.path("source").path("reference").asText();
            assertThat(reference).isNotEmpty();
            references.put(i, reference);
        }
        assertThat(new HashSet<>(references.values())).as("each item answered by a call of its own").hasSize(PERSONS);
        return references;
    }

    private static String first(Pattern pattern, String soapRequest) {
        Matcher matcher = pattern.matcher(soapRequest);
        assertThat(matcher.find()).as("%s in the SOAP request", pattern).isTrue();
        return matcher.group(1);
    }

    private static int seqOf(String requestId) {
        return Integer.parseInt(requestId.substring(requestId.lastIndexOf('/') + 1));
    }

    private static RequestSpecification consult(int port) {
        return Api.consult().port(port);
    }


    private static void registerEntityGrantAndLinks(int port, List<String> persons) {
        admin(port).contentType(ContentType.JSON)
                .body("{\"name\":\"Departement Werk en Sociale Economie\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", Api.ENTITY).then().statusCode(anyOf(is(200), is(201)));
        admin(port).put("/api/v1/admin/clients/{c}/entities/{e}", Api.CLIENT, Api.ENTITY).then()
                .statusCode(anyOf(is(200), is(201)));
        // Production's employee rule is on: batch items pass it like online calls.
        StringBuilder links = new StringBuilder();
        persons.forEach(insz -> links.append(Api.ENTITY).append(',').append(insz).append(",EMPLOYEE,2020-01-01\n"));
        admin(port).contentType("text/csv").body(links.toString()).post("/api/v1/admin/links").then().statusCode(200)
                .body("refused", org.hamcrest.Matchers.empty());
    }

    private static RequestSpecification admin(int port) {
        return Api.as("it-admin", "admin").port(port);
    }

    /** An audit row of the batch as the regulator's tooling reads it. */
    private record AuditRow(String requestId, String outcome, String reference) {
    }

    private static List<AuditRow> auditRows(Map<String, String> env, UUID batch) throws SQLException {
        try (Connection c = connect(env); PreparedStatement ps = c.prepareStatement(
                "SELECT request_id, outcome, magda_reference FROM audit_record WHERE batch_id = ? ORDER BY id")) {
            ps.setObject(1, batch);
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return rows;
        }
    }

    private static long count(Map<String, String> env, String sql, UUID batch) throws SQLException {
        return Long.parseLong(strings(env, sql, batch).iterator().next());
    }

    private static Set<Integer> seqs(Map<String, String> env, String sql, UUID batch) throws SQLException {
        return strings(env, sql, batch).stream().map(Integer::valueOf).collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<String> strings(Map<String, String> env, String sql, UUID batch) throws SQLException {
        try (Connection c = connect(env); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, batch);
            Set<String> values = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static Connection connect(Map<String, String> env) throws SQLException {
        return DriverManager.getConnection("jdbc:" + env.get("DB_URL"),
                System.getenv().getOrDefault("DB_USER", "postgres"), System.getenv().getOrDefault("DB_PASSWORD", ""));
    }
}
