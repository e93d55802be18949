package com.magdagateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.client.WireMock;

/** For the link tests: two more KSZ-linked entities granted to hr-app, fresh persons, and MAGDA calls counted. */
public final class Links {

    /** KSZ-linked departments granted to hr-app, used by the link tests only. */
    public static final String ENTITY_A = "LINK-A";
    public static final String ENTITY_B = "LINK-B";

    private static final String INSCHRIJVING = "registreerinschrijvingdienst";
    private static final String UITSCHRIJVING = "registreeruitschrijvingdienst";

    private Links() {
    }

    /** Idempotent: the entities and grants exist afterwards, whatever ran before. */
    public static void seedEntities() {
        AuditRows.execute("INSERT INTO entity (code, name, kind, ksz_lookup) VALUES "
                + "('" + ENTITY_A + "', 'Link test department A', 'DEPARTMENT', true), "
                + "('" + ENTITY_B + "', 'Link test department B', 'DEPARTMENT', true) ON CONFLICT (code) DO NOTHING");
        AuditRows.execute("INSERT INTO client_grant (client_id, entity_code) VALUES ('" + Api.CLIENT + "', '" + ENTITY_A
                + "'), ('" + Api.CLIENT + "', '" + ENTITY_B + "') ON CONFLICT (client_id, entity_code) DO NOTHING");
    }

    /**
     * A valid MAGDA TST number no test has used before (month + 60, year 50-99, so never a persona of the simulator,
     * whose stubs answer any other number with their default: registered, deregistered, no data).
     */
    public static String freshInsz() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String nine = String.format("%02d%02d%02d%03d", 50 + random.nextInt(50), 61 + random.nextInt(12),
                1 + random.nextInt(28), 1 + random.nextInt(997));
        int check = 97 - (int) (Long.parseLong(nine) % 97);
        return nine + String.format("%02d", check);
    }

    /** RegistreerInschrijving calls about {@code insz} that reached the simulated MAGDA. */
    public static int registrations(WireMock wiremock, String insz) {
        return calls(wiremock, INSCHRIJVING, insz);
    }

    /** RegistreerUitschrijving calls about {@code insz} that reached the simulated MAGDA. */
    public static int deregistrations(WireMock wiremock, String insz) {
        return calls(wiremock, UITSCHRIJVING, insz);
    }

    /** Any MAGDA call about {@code insz}, whichever element carries it. */
    public static int requestsAbout(WireMock wiremock, String insz) {
        return wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(containing(">" + insz + "<"))).size();
    }

    private static int calls(WireMock wiremock, String service, String insz) {
        return wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(containing(service)).withRequestBody(containing(">" + insz + "<"))).size();
    }
}
