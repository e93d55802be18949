package com.magdagateway.mutation;

import static com.magdagateway.support.Publications.JAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.MutationFixtures;
import com.magdagateway.support.Publications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** The inbox door: a file dropped in the directory is imported, filed under done/ or failed/ with its report. */
@QuarkusTest
@TestProfile(MutationInboxTest.WithInbox.class)
class MutationInboxTest {

    static final Path INBOX = temporaryInbox();

    /** Watches a fresh temporary directory, often. */
    public static class WithInbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.mutations.inbox", INBOX.toString(), "gateway.mutations.inbox-interval", "PT0.2S");
        }
    }

    private static Path temporaryInbox() {
        try {
            return Files.createTempDirectory("mutation-inbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void startFromNoMutations() {
        MutationFixtures.reset();
        MutationFixtures.employs("DWSE", JAN);
    }

    /** Written under another name, then renamed: the inbox never sees a half-written file. */
    private static void drop(String name, byte[] content) throws IOException {
        Path part = INBOX.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, INBOX.resolve(name));
    }

    @Test
    void aDroppedFileIsImportedAndFiledUnderDone() throws IOException {
        drop("2026-11-30-persons.xml", Publications.bytes("persons.xml"));

        Path report = INBOX.resolve("done/2026-11-30-persons.xml.report.json");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(report));
        assertThat(INBOX.resolve("done/2026-11-30-persons.xml")).exists();
        assertThat(INBOX.resolve("2026-11-30-persons.xml")).doesNotExist();
        JsonPath summary = new JsonPath(Files.readString(report));
        assertThat(summary.getInt("imported")).isEqualTo(3);
        assertThat(summary.getInt("rejected")).isEqualTo(2);

        Api.consult().get("/api/v1/mutations").then().statusCode(200)
                .body("items.magdaReference", hasItem("TST-MUT-P-0001"));
        assertThat(MutationFixtures.strings("SELECT client_id || ' ' || service FROM audit_record "
                + "WHERE request_id = 'inbox:2026-11-30-persons.xml'")).contains("inbox PubliceerMutatiePersoon");
    }

    @Test
    void aFileThatIsNoPublicationGoesToFailed() throws IOException {
        drop("not-a-publication.xml", "<Factuur><Bedrag>12</Bedrag></Factuur>".getBytes());

        Path report = INBOX.resolve("failed/not-a-publication.xml.report.json");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(report));
        assertThat(Files.readString(report)).contains("Not a PubliceerMutatiePersoon");
        assertThat(INBOX.resolve("failed/not-a-publication.xml")).exists();
    }

    @Test
    void aFileThatBreaksOffKeepsWhatCameBeforeAndGoesToFailed() throws IOException {
        String persons = new String(Publications.bytes("persons.xml"));
        String truncated = persons.substring(0, persons.indexOf("<Referte>TST-MUT-P-0002"));
        drop("truncated.xml", truncated.getBytes());

        Path report = INBOX.resolve("failed/truncated.xml.report.json");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(report));
        JsonPath summary = new JsonPath(Files.readString(report));
        assertThat(summary.getInt("imported")).isEqualTo(1);
        assertThat(summary.getBoolean("complete")).isFalse();
        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation")).isEqualTo(1);
    }

    @Test
    void theInboxIsOnTheHealthCheckAndTheFlowInTheMetrics() throws IOException {
        drop("metrics.xml", Publications.bytes("household.xml"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(INBOX.resolve("done/metrics.xml")));

        RestAssured.get("/api/v1/health?level=DEFAULT").then().statusCode(200)
                .body("checks.find { it.name == 'mutations:inbox' }.status", equalTo("UP"));
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("gateway_mutations_imported_total{door=\"inbox\"}")
                .contains("gateway_mutations_rejected_total{door=\"post\"}")
                .contains("gateway_mutations_lag_seconds").contains("gateway_mutations_feed_waiting");
    }
}
