package com.magdagateway.mutation.poll;

import static com.magdagateway.support.Publications.AN_NEW;
import static com.magdagateway.support.Publications.AN_OLD;
import static com.magdagateway.support.Publications.ELS;
import static com.magdagateway.support.Publications.JAN;
import static com.magdagateway.support.Publications.TOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.MutationFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The poller door against the simulated GeefPersoonMutatiesNotificaties (wiremock/mappings/mutations/poll-*): a page
 * lands in the feeds of the entities employing those persons, the receipt moves only with its page, 30016 and 30014
 * move nothing, and the health check and metrics show the poller. The polls are made by calling the bean: the timer's
 * interval is an hour, so it never interferes.
 */
@QuarkusTest
@TestProfile(MutationPollerTest.WithPoller.class)
class MutationPollerTest {

    /** The poller on, with an interval no test waits for. */
    public static class WithPoller implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.mutations.poll", "PT1H");
        }
    }

    @Inject
    MutationPoller poller;

    @BeforeEach
    void startFromNoMutations() {
        MutationFixtures.reset();
        MutationFixtures.employs("DWSE", JAN);
        MutationFixtures.employs(MutationFixtures.OTHER, ELS);
        MutationFixtures.employs("DWSE", AN_OLD);
        MutationFixtures.update("DELETE FROM person_link WHERE insz = '" + AN_NEW + "'");
    }

    @AfterEach
    void noTrapLeft() {
        MutationFixtures.update("DROP TRIGGER IF EXISTS mutation_poll_refused ON mutation_poll");
        receipt(null);
    }

    private static void receipt(String receipt) {
        MutationFixtures.update("UPDATE mutation_poll SET receipt_reference = "
                + (receipt == null ? "NULL" : "'" + receipt + "'") + " WHERE id = 1");
    }

    private static String storedReceipt() {
        return MutationFixtures.strings("SELECT receipt_reference FROM mutation_poll WHERE id = 1").get(0);
    }

    /**
     * One poll; a poll that timed out is asked again (a cold first call on a loaded machine can take longer than the
     * test profile's 4 s), since a failed poll changes nothing (aPageWhoseReceiptCannotBeRecordedIsNotKeptEither).
     */
    private PollOutcome poll() {
        PollOutcome outcome = poller.poll();
        for (int i = 0; i < 3 && "BACKEND_TIMEOUT".equals(outcome.failure()); i++) {
            outcome = poller.poll();
        }
        return outcome;
    }

    private PollOutcome round() {
        poll(); // warm: the round's own first call then answers in time
        receipt("TST-POLL-R0");
        return poller.round();
    }

    private static JsonPath feed(String entity) {
        return Api.as(Api.CLIENT, "consult").header("X-Entity", entity).get("/api/v1/mutations").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aPageLandsInTheFeedsOfTheEntitiesThatEmployThosePersonsWithoutData() {
        receipt("TST-POLL-R0");

        PollOutcome outcome = poll();

        assertThat(outcome.kind()).isEqualTo(PollOutcome.Kind.PAGE);
        assertThat(outcome.imported()).isEqualTo(3);
        assertThat(outcome.rejected()).isEqualTo(1); // MAGDA's own 30002 on the third Onderwerp
        assertThat(storedReceipt()).isEqualTo("TST-POLL-R1");

        JsonPath dwse = feed("DWSE");
        assertThat(dwse.getList("items.magdaReference")).containsExactly("TST-POLL-N-0001");
        assertThat(dwse.getString("items[0].insz")).isEqualTo(JAN);
        assertThat(dwse.getString("items[0].kind")).isEqualTo("PERSON");
        assertThat(dwse.getString("items[0].reason")).isEqualTo("Mutatie: Adres (Wijziging)");
        assertThat(dwse.getList("items[0].changedFields")).containsExactly("mainAddress", "addresses");
        assertThat(dwse.getString("items[0].magdaTime")).startsWith("2026-11-2"); // 27 November, Brussels midnight
        Map<String, Object> item = dwse.getMap("items[0]");
        assertThat(item).containsKey("data");
        assertThat(item.get("data")).isNull();

        JsonPath other = feed(MutationFixtures.OTHER);
        assertThat(other.getList("items.magdaReference")).containsExactly("TST-POLL-N-0002");
        assertThat(other.getList("items[0].changedFields")).contains("civilStatus");
        // TOM is nobody's employee: stored, delivered to no one.
        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation WHERE insz = '" + TOM + "'")).isEqualTo(1);
    }

    @Test
    void thePageIsOnRecordUnderItsMagdaReference() {
        receipt("TST-POLL-R0");

        PollOutcome outcome = poll();

        List<String> audit = MutationFixtures.strings("SELECT client_id || ' ' || service || ' ' || outcome || ' ' "
                + "|| request_id FROM audit_record WHERE magda_reference = '" + outcome.magdaReference() + "'");
        assertThat(audit).containsExactly("mutation-poller GeefPersoonMutatiesNotificaties SUCCESS poll:TST-POLL-R0");
        assertThat(MutationFixtures.strings("SELECT DISTINCT source FROM mutation"))
                .containsExactly("poll " + outcome.magdaReference());
        assertThat(MutationFixtures.strings("SELECT magda_reference FROM mutation_poll"))
                .containsExactly(outcome.magdaReference());
    }

    @Test
    void theSamePageTwiceAddsNothing() {
        receipt("TST-POLL-R0");
        poll();
        receipt("TST-POLL-R0"); // as if the receipt had not been kept

        PollOutcome again = poll();

        assertThat(again.kind()).isEqualTo(PollOutcome.Kind.PAGE);
        assertThat(again.imported()).isZero();
        assertThat(again.known()).isEqualTo(3);
        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation")).isEqualTo(3);
        assertThat(storedReceipt()).isEqualTo("TST-POLL-R1");
    }

    @Test
    void noFurtherDataKeepsTheReceiptAndStoresNothing() {
        receipt("TST-POLL-END");

        PollOutcome outcome = poll();

        assertThat(outcome.kind()).isEqualTo(PollOutcome.Kind.NOTHING_FURTHER);
        assertThat(storedReceipt()).isEqualTo("TST-POLL-END");
        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation")).isZero();
    }

    @Test
    void aRoundFetchesPageAfterPageUntilNothingFurther() {
        receipt("TST-POLL-R0");

        PollOutcome last = round();

        assertThat(last.kind()).isEqualTo(PollOutcome.Kind.NOTHING_FURTHER);
        assertThat(storedReceipt()).isEqualTo("TST-POLL-R1");
        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation")).isEqualTo(3);
    }

    @Test
    void theFirstQuestionCarriesNoReceiptAndTheDevStubsAnswerAPageThenNothingFurther() {
        receipt(null);

        PollOutcome first = poll();
        PollOutcome next = poll();

        assertThat(first.kind()).isEqualTo(PollOutcome.Kind.PAGE);
        assertThat(next.kind()).isEqualTo(PollOutcome.Kind.NOTHING_FURTHER);
        assertThat(storedReceipt()).isEqualTo("DEV-POLL-0001");
        assertThat(MutationFixtures.strings("SELECT request_id FROM audit_record WHERE magda_reference = '"
                + first.magdaReference() + "'")).containsExactly("poll:start");
    }

    @Test
    void anInvalidReceiptMovesNothingAndShowsOnTheHealthCheckAndInTheMetrics() {
        receipt("TST-POLL-BAD");

        PollOutcome outcome = poll();

        assertThat(outcome.kind()).isEqualTo(PollOutcome.Kind.FAILED);
        assertThat(outcome.failure()).isEqualTo("30014");
        assertThat(storedReceipt()).isEqualTo("TST-POLL-BAD");
        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation")).isZero();
        RestAssured.get("/api/v1/health?level=DEFAULT").then().statusCode(200)
                .body("checks.find { it.name == 'mutations:poller' }.status", equalTo("DEGRADED"))
                .body("checks.find { it.name == 'mutations:poller' }.detail", containsString("30014"));
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("gateway_mutations_poll_failures_total{reason=\"30014\"}")
                .containsPattern("gateway_mutations_poll_failing [1-9]");
        assertThat(MutationFixtures.strings("SELECT outcome FROM audit_record WHERE request_id = 'poll:TST-POLL-BAD' "
                + "ORDER BY id DESC LIMIT 1")).containsExactly("BACKEND_ERROR");

        receipt("TST-POLL-END"); // the operator's fix, or MAGDA's
        poll();
        RestAssured.get("/api/v1/health?level=DEFAULT").then().statusCode(200)
                .body("checks.find { it.name == 'mutations:poller' }.status", equalTo("UP"));
    }

    @Test
    void anInszChangeMovesTheLinksAndReachesTheEntityUnderTheNewNumber() {
        receipt("TST-POLL-I0");

        poll();

        assertThat(MutationFixtures.strings("SELECT insz FROM person_link WHERE entity_code = 'DWSE' AND insz IN ('"
                + AN_OLD + "', '" + AN_NEW + "')")).containsExactly(AN_NEW);
        JsonPath dwse = feed("DWSE");
        assertThat(dwse.getList("items.magdaReference")).containsExactly("TST-POLL-N-0005");
        assertThat(dwse.getString("items[0].insz")).isEqualTo(AN_NEW);
        assertThat(dwse.getString("items[0].cancelledInsz")).isEqualTo(AN_OLD);
        assertThat(dwse.getList("items[0].changedFields")).contains("insz");
    }

    @Test
    void aPageWhoseReceiptCannotBeRecordedIsNotKeptEither() {
        receipt("TST-POLL-R0");
        MutationFixtures.update("CREATE OR REPLACE FUNCTION mutation_poll_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'receipt not recorded (test)'; END $$");
        MutationFixtures.update("CREATE TRIGGER mutation_poll_refused BEFORE UPDATE ON mutation_poll "
                + "FOR EACH ROW EXECUTE FUNCTION mutation_poll_refuse()");

        PollOutcome failed = poll();

        assertThat(failed.kind()).isEqualTo(PollOutcome.Kind.FAILED);
        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation")).isZero();
        assertThat(storedReceipt()).isEqualTo("TST-POLL-R0");

        MutationFixtures.update("DROP TRIGGER mutation_poll_refused ON mutation_poll");
        PollOutcome retried = poll();

        assertThat(retried.imported()).isEqualTo(3);
        assertThat(storedReceipt()).isEqualTo("TST-POLL-R1");
    }

    @Test
    void oneReplicaPollsAtATime() {
        receipt("TST-POLL-R0");
        MutationFixtures.update("SELECT 1"); // warm the fixture connection
        try (var other = com.magdagateway.support.AuditRows.connect(); var statement = other.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + MutationPoller.POLL_LOCK + ")");

            PollOutcome outcome = poll();

            assertThat(outcome.kind()).isEqualTo(PollOutcome.Kind.BUSY);
            assertThat(storedReceipt()).isEqualTo("TST-POLL-R0");
            statement.execute("SELECT pg_advisory_unlock(" + MutationPoller.POLL_LOCK + ")");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void backOffDoublesUpToTheMaximum() {
        java.time.Duration minute = java.time.Duration.ofMinutes(1);
        java.time.Duration max = java.time.Duration.ofMinutes(30);
        assertThat(MutationPoller.backoff(minute, 0, max)).isEqualTo(minute);
        assertThat(MutationPoller.backoff(minute, 1, max)).isEqualTo(minute);
        assertThat(MutationPoller.backoff(minute, 3, max)).isEqualTo(java.time.Duration.ofMinutes(4));
        assertThat(MutationPoller.backoff(minute, 50, max)).isEqualTo(max);
    }
}
