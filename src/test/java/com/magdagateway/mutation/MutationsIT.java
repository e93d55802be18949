package com.magdagateway.mutation;

import static com.magdagateway.support.Publications.AN_OLD;
import static com.magdagateway.support.Publications.ELS;
import static com.magdagateway.support.Publications.JAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.MagdaSimulatorResource;
import com.magdagateway.support.Publications;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The packaged application: a publication dropped in the inbox and one posted appear, mapped, in the feed of the
 * entities that employ those persons and of no other.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = MutationsIT.WithInbox.class, restrictToAnnotatedClass = true)
class MutationsIT {

    static final String OTHER = "MUT-OTHER";
    static volatile String databaseUrl;
    static volatile Path inbox;

    /** The simulator and a fresh database, plus an inbox directory. */
    public static class WithInbox extends MagdaSimulatorResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new java.util.HashMap<>(super.start());
            try {
                inbox = Files.createTempDirectory("it-mutation-inbox");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            config.put("GATEWAY_MUTATIONS_INBOX", inbox.toString());
            databaseUrl = config.get("DB_URL");
            return config;
        }
    }

    @BeforeEach
    void entitiesGrantsAndLinks() throws SQLException {
        for (String entity : new String[] { Api.ENTITY, OTHER }) {
            Api.as("it-admin", "admin").contentType(ContentType.JSON)
                    .body("{\"name\":\"Departement " + entity + "\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                    .put("/api/v1/admin/entities/{code}", entity).then().statusCode(anyOf(is(200), is(201)));
            Api.as("it-admin", "admin").put("/api/v1/admin/clients/{c}/entities/{e}", Api.CLIENT, entity)
                    .then().statusCode(anyOf(is(200), is(201)));
        }
        sql("DELETE FROM person_link");
        sql("INSERT INTO person_link (entity_code, insz, relation, start_date, created_by_client) VALUES "
                + "('" + Api.ENTITY + "', '" + JAN + "', 'EMPLOYEE', current_date, 'it'), "
                + "('" + Api.ENTITY + "', '" + AN_OLD + "', 'EMPLOYEE', current_date, 'it'), "
                + "('" + OTHER + "', '" + ELS + "', 'EMPLOYEE', current_date, 'it')");
    }

    @Test
    void droppedAndPostedPublicationsReachTheEmployersOnly() throws IOException {
        Path part = inbox.resolve("persons.xml.part");
        Files.write(part, Publications.bytes("persons.xml"));
        Files.move(part, inbox.resolve("persons.xml"));
        await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(inbox.resolve("done/persons.xml.report.json")));
        Api.as("hr-integration", "ingest").contentType("application/xml").body(Publications.bytes("household.xml"))
                .post("/api/v1/mutations/publications").then().statusCode(200).body("imported", equalTo(1));

        JsonPath dwse = Api.consult().get("/api/v1/mutations").then().statusCode(200).extract().jsonPath();
        assertThat(dwse.getList("items.magdaReference")).containsExactly("TST-MUT-P-0001", "TST-MUT-P-0003",
                "TST-MUT-H-0001");
        assertThat(dwse.getString("items[0].data.mainAddress.municipality")).isEqualTo("Gent");
        JsonPath other = Api.as(Api.CLIENT, "consult").header("X-Entity", OTHER).get("/api/v1/mutations").then()
                .statusCode(200).extract().jsonPath();
        assertThat(other.getList("items.magdaReference")).containsExactly("TST-MUT-P-0002");
    }

    private static void sql(String statement) throws SQLException {
        assertThat(URI.create(databaseUrl).getPath()).as("the integration test's own database").endsWith("_it");
        try (Connection c = DriverManager.getConnection("jdbc:" + databaseUrl,
                System.getenv().getOrDefault("DB_USER", "postgres"), System.getenv().getOrDefault("DB_PASSWORD", ""));
                var s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
