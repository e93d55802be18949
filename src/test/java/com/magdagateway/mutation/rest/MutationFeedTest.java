package com.magdagateway.mutation.rest;

import static com.magdagateway.support.Publications.AN_NEW;
import static com.magdagateway.support.Publications.AN_OLD;
import static com.magdagateway.support.Publications.BART;
import static com.magdagateway.support.Publications.ELS;
import static com.magdagateway.support.Publications.JAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.magdagateway.support.RequestIds;
import com.magdagateway.mutation.MutationNotifier;
import com.magdagateway.mutation.MutationRetention;
import com.magdagateway.support.Api;
import com.magdagateway.support.FieldOrder;
import com.magdagateway.support.MutationFixtures;
import com.magdagateway.support.Personas;
import com.magdagateway.support.Publications;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A publication posted by the HR integration appears, mapped, in the feed of the entities that employ those persons
 * (or did, less than two years ago) and of no other; imports are idempotent; a waiting reader is woken.
 */
@QuarkusTest
class MutationFeedTest {

    @Inject
    MutationNotifier notifier;

    @Inject
    MutationRetention retention;

    @BeforeEach
    void startFromNoMutations() {
        MutationFixtures.reset();
        MutationFixtures.employs("DWSE", JAN);
        MutationFixtures.employs("DWSE", AN_OLD);
        MutationFixtures.employed("DWSE", ELS, 365, 365); // left a year ago: inside the two-year tail
        MutationFixtures.knows("DWSE", BART); // not an employee: no mutations
        MutationFixtures.employs(MutationFixtures.OTHER, ELS);
        MutationFixtures.employed(MutationFixtures.OTHER, JAN, 1100, -370); // tail over: no longer
    }

    static ValidatableResponse post(String file) {
        return Api.as("hr-integration", "ingest").contentType("application/xml").body(Publications.bytes(file))
                .post("/api/v1/mutations/publications").then();
    }

    static ValidatableResponse feed(String entity, String query) {
        return Api.as(Api.CLIENT, "consult").header("X-Entity", entity).get("/api/v1/mutations" + query).then();
    }

    @Test
    void aPostedPublicationIsImportedAndItsRefusalsReported() {
        post("persons.xml").statusCode(200)
                .body("kind", equalTo("PERSON")).body("onderwerpen", equalTo(5)).body("imported", equalTo(3))
                .body("duplicates", equalTo(0)).body("rejected", equalTo(2)).body("complete", equalTo(true))
                .body("rejections.referte", contains("TST-MUT-P-0004", "TST-MUT-P-0005"))
                .body("rejections[0].reason", equalTo("Invalid INSZ: The check digits of this INSZ do not match"));
    }

    @Test
    void eachEntitySeesTheMutationsOfItsEmployeesOnly() {
        post("persons.xml").statusCode(200);
        post("household.xml").statusCode(200).body("imported", equalTo(1));
        post("persons-later.xml").statusCode(200).body("imported", equalTo(2));

        JsonPath dwse = feed("DWSE", "").statusCode(200).extract().jsonPath();
        assertThat(dwse.getList("items.magdaReference")).containsExactly("TST-MUT-P-0001", "TST-MUT-P-0002",
                "TST-MUT-P-0003", "TST-MUT-H-0001", "TST-MUT-P-0010");
        assertThat(dwse.getString("items[0].data.mainAddress.street")).isEqualTo("Kerkstraat");
        assertThat(dwse.getString("items[0].kind")).isEqualTo("PERSON");
        assertThat(dwse.getString("items[3].kind")).isEqualTo("HOUSEHOLD");
        assertThat(dwse.getList("items[3].data.members.insz")).containsExactly(JAN, Publications.TOM);

        JsonPath other = feed(MutationFixtures.OTHER, "").statusCode(200).extract().jsonPath();
        assertThat(other.getList("items.magdaReference")).containsExactly("TST-MUT-P-0002");
        assertThat(other.getString("items[0].data.lastName")).isEqualTo("Maes-Wouters");
    }

    @Test
    void aFeedItemListsThePersonsFieldsInTheOrderOfTheSinglePersonAnswer() throws Exception {
        post("persons.xml").statusCode(200);
        String page = feed("DWSE", "?kinds=PERSON").statusCode(200).extract().asString();
        String online = Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200).extract()
                .asString();

        JsonNode fed = FieldOrder.read(page).path("items").path(0).path("data");
        JsonNode answered = FieldOrder.read(online).path("data");
        assertThat(FieldOrder.of(fed)).isNotEmpty().containsExactlyElementsOf(FieldOrder.of(answered));
        assertThat(FieldOrder.of(fed.path("mainAddress"))).isNotEmpty()
                .containsExactlyElementsOf(FieldOrder.of(answered.path("mainAddress")));
    }

    @Test
    void anInszChangeReachesTheEmployerOfTheOldNumberAndMovesItsLink() {
        post("persons.xml").statusCode(200);

        feed("DWSE", "?kinds=PERSON").statusCode(200)
                .body("items.find { it.magdaReference == 'TST-MUT-P-0003' }.insz", equalTo(AN_NEW))
                .body("items.find { it.magdaReference == 'TST-MUT-P-0003' }.cancelledInsz", equalTo(AN_OLD));
        assertThat(MutationFixtures.strings("SELECT insz FROM person_link WHERE entity_code = 'DWSE' AND insz IN ('"
                + AN_OLD + "', '" + AN_NEW + "')")).containsExactly(AN_NEW);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        post("persons.xml").statusCode(200).body("imported", equalTo(3));
        post("persons.xml").statusCode(200).body("imported", equalTo(0)).body("duplicates", equalTo(3))
                .body("rejected", equalTo(2));

        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation")).isEqualTo(3);
        feed("DWSE", "").body("items", hasSize(3));
    }

    @Test
    void theChangedFieldsComeFromTheReasonOrThePreviousMutation() {
        post("persons.xml").statusCode(200);
        post("persons-later.xml").statusCode(200);

        JsonPath page = feed("DWSE", "?kinds=PERSON").statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.find { it.magdaReference == 'TST-MUT-P-0001' }.changedFields"))
                .containsExactly("mainAddress", "addresses"); // MAGDA's Reden: Adreswijziging
        assertThat(page.getList("items.find { it.magdaReference == 'TST-MUT-P-0010' }.changedFields"))
                .containsExactly("mainAddress", "addresses"); // no Reden: compared with TST-MUT-P-0001
        assertThat(page.getList("items.find { it.magdaReference == 'TST-MUT-P-0002' }.changedFields"))
                .containsExactly("lastName", "firstNames");
    }

    @Test
    void kindsFilterAndPagesContinueFromNext() {
        post("persons.xml").statusCode(200);
        post("household.xml").statusCode(200);

        feed("DWSE", "?kinds=household").statusCode(200).body("items.magdaReference", contains("TST-MUT-H-0001"));
        JsonPath first = feed("DWSE", "?limit=2").statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.magdaReference")).containsExactly("TST-MUT-P-0001", "TST-MUT-P-0002");
        long next = first.getLong("next");
        JsonPath second = feed("DWSE", "?limit=2&after=" + next).statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.magdaReference")).containsExactly("TST-MUT-P-0003", "TST-MUT-H-0001");
        JsonPath third = feed("DWSE", "?limit=2&after=" + second.getLong("next")).statusCode(200).extract().jsonPath();
        assertThat(third.getList("items")).isEmpty();
        assertThat(third.getLong("next")).isGreaterThanOrEqualTo(second.getLong("next"));
    }

    @Test
    void aWaitingReaderIsWokenByAnImport() {
        long head = feed("DWSE", "").statusCode(200).extract().jsonPath().getLong("next");
        CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(
                () -> feed("DWSE", "?wait=60&after=" + head).statusCode(200).extract().jsonPath());
        await().atMost(Duration.ofSeconds(30)).until(() -> notifier.waiting() > 0);

        post("persons.xml").statusCode(200);

        JsonPath page = waiting.join();
        assertThat(page.getList("items.magdaReference")).contains("TST-MUT-P-0001");
    }

    @Test
    void everyDeliveredPersonIsOnRecord() {
        post("persons.xml").statusCode(200);
        String requestId = RequestIds.fresh("mut-");

        Api.as(Api.CLIENT, "consult").header("X-Entity", "DWSE").header("X-Request-Id", requestId)
                .header("X-End-User", "hr.officer@werk.vlaanderen").get("/api/v1/mutations").then().statusCode(200);

        List<String> rows = MutationFixtures.strings("SELECT insz || ' ' || service || ' ' || outcome || ' ' || entity "
                + "|| ' ' || end_user || ' ' || magda_reference FROM audit_record WHERE request_id = '" + requestId
                + "' ORDER BY id");
        assertThat(rows).containsExactly(
                JAN + " MutationFeed SUCCESS DWSE hr.officer@werk.vlaanderen TST-MUT-P-0001",
                ELS + " MutationFeed SUCCESS DWSE hr.officer@werk.vlaanderen TST-MUT-P-0002",
                AN_NEW + " MutationFeed SUCCESS DWSE hr.officer@werk.vlaanderen TST-MUT-P-0003");
    }

    @Test
    void eachPublicationIsOnRecordUnderItsFirstPerson() {
        String requestId = RequestIds.fresh("pub-");
        Api.as("hr-integration", "ingest").header("X-Request-Id", requestId).contentType("application/xml")
                .body(Publications.bytes("persons.xml")).post("/api/v1/mutations/publications").then().statusCode(200);

        assertThat(MutationFixtures.strings("SELECT client_id || ' ' || service || ' ' || insz || ' ' || outcome "
                + "|| ' ' || reason FROM audit_record WHERE request_id = '" + requestId + "'"))
                .containsExactly("hr-integration PubliceerMutatiePersoon " + JAN + " SUCCESS imported 3, known 0, rejected 2");
    }

    @Test
    void refusalsAreProblems() {
        Api.as(Api.CLIENT, "audit").header("X-Entity", "DWSE").get("/api/v1/mutations").then().statusCode(403);
        feed("DEPT-ONGEKOPPELD", "").statusCode(403).body("code", equalTo("ENTITY_NOT_AUTHORIZED"));
        feed("KAB-WERK", "").statusCode(403).body("code", equalTo("ENTITY_EXCLUDED"));
        Api.as(Api.CLIENT, "consult").get("/api/v1/mutations").then().statusCode(403);
        feed("DWSE", "?limit=501").statusCode(400).body("code", equalTo("BAD_REQUEST"));
        feed("DWSE", "?wait=61").statusCode(400);
        feed("DWSE", "?after=-1").statusCode(400);
        feed("DWSE", "?kinds=CAR").statusCode(400);
        Api.as(Api.CLIENT, "consult").contentType("application/xml").body(Publications.bytes("persons.xml"))
                .post("/api/v1/mutations/publications").then().statusCode(403);
        Api.as("hr-integration", "ingest").contentType("application/xml").body("<GeefPersoon/>")
                .post("/api/v1/mutations/publications").then().statusCode(400).body("code", equalTo("BAD_REQUEST"))
                .body("detail", equalTo("Not a PubliceerMutatiePersoon or PubliceerMutatieGezinssamenstelling document"));
        assertThat(MutationFixtures.count("SELECT count(*) FROM mutation")).isZero();
    }

    @Test
    void anEmptyFeedSaysWhereToContinue() {
        feed("DWSE", "").statusCode(200).body("items", hasSize(0)).body("next", equalTo(0))
                .body("items[0]", nullValue());
    }

    @Test
    void mutationsPastRetentionArePurged() {
        post("persons.xml").statusCode(200);
        MutationFixtures.update("UPDATE mutation SET received_at = now() - interval '2 years 31 days' "
                + "WHERE referte = 'TST-MUT-P-0001'");

        assertThat(retention.purge().await().atMost(Duration.ofSeconds(30))).isEqualTo(1);
        assertThat(MutationFixtures.strings("SELECT referte FROM mutation ORDER BY id"))
                .containsExactly("TST-MUT-P-0002", "TST-MUT-P-0003");
    }
}
