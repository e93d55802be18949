package com.magdagateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.magdagateway.magda.client.XmlLimits;
import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** A hostile MAGDA answer is refused quickly as 502, never parsed without bound, never followed outside. */
@QuarkusTest
@TestProfile(FaultInjectionProfile.class)
@ConnectWireMock
class HostileXmlTest {

    private static final String VICTIM = Personas.UNKNOWN;
    private static final String OPEN = "<?xml version=\"1.0\"?>%s<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body><web:GeefPersoonResponse xmlns:web=\"http://magda.vlaanderen.be/persoon/soap/geefpersoon/v02_02\">"
            + "<Repliek><Antwoorden><Antwoord><Referte>x</Referte><Inhoud><Persoon><INSZ>" + VICTIM + "</INSZ>";
    private static final String CLOSE = "</Persoon></Inhoud></Antwoord></Antwoorden></Repliek></web:GeefPersoonResponse>"
            + "</soapenv:Body></soapenv:Envelope>";

    /** The same answer with the reference echoed, so that a just-under-the-limit answer is a right answer (200). */
    private static final String ECHOED_OPEN = OPEN.replace("<Referte>x</Referte>",
            "<Referte>{{xPath request.body '//Vraag/Referte/text()'}}</Referte>");
    /** Element depth of {@code <Persoon>} in the answer (Envelope is 1). */
    private static final int PERSOON_DEPTH = 8;

    WireMock wiremock;
    private StubMapping stub;

    @BeforeEach
    void reset() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL); // warm: timings below measure steady state
        CircuitBreakerMaintenance.get().resetAll();
        wiremock.resetRequests();
    }

    @AfterEach
    void removeStub() {
        if (stub != null) {
            wiremock.removeStubMapping(stub);
        }
    }

    private Response magdaAnswers(String body) {
        stub = wiremock.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(containing("<INSZ>" + VICTIM + "</INSZ>"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(body)));
        long start = System.nanoTime();
        Response response = Api.consult().get("/api/v1/persons/{insz}", VICTIM);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(502);
        assertThat(response.jsonPath().getString("code")).isEqualTo("BACKEND_ERROR");
        // These answers carry another reference: were they read in full, the correlation check would refuse them
        // too; the 502 must come from the reading limits.
        assertThat(response.jsonPath().getString("detail")).doesNotContain("does not match the question");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused quickly").isLessThan(Duration.ofSeconds(1));
        return response;
    }

    /** Serves a generated answer and returns what the gateway made of it. */
    private Response served(String inPersoon) {
        if (stub != null) {
            wiremock.removeStubMapping(stub);
        }
        stub = wiremock.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(containing("<INSZ>" + VICTIM + "</INSZ>"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml; charset=UTF-8")
                        .withBody(String.format(ECHOED_OPEN, "") + inPersoon + CLOSE)
                        .withTransformers("response-template")));
        return Api.consult().get("/api/v1/persons/{insz}", VICTIM);
    }

    /** Just at the limit the answer is served; one step beyond it is refused as 502. */
    private void servedAtTheLimitRefusedBeyond(String atLimit, String beyondLimit) {
        Response served = served(atLimit);
        assertThat(served.statusCode()).as(served.asString()).isEqualTo(200);
        assertThat(served.jsonPath().getString("data.insz")).isEqualTo(VICTIM);
        Response refused = served(beyondLimit);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(502);
        assertThat(refused.jsonPath().getString("code")).isEqualTo("BACKEND_ERROR");
    }

    /** Unknown elements nested inside Persoon so that the deepest one sits at {@code depth}. */
    private static String nestedTo(int depth) {
        int levels = depth - PERSOON_DEPTH;
        return "<Extra>".repeat(levels) + "</Extra>".repeat(levels);
    }

    private static String children(int count) {
        return "<Extra>" + "<Kind/>".repeat(count) + "</Extra>";
    }

    private static String attributes(int count) {
        StringBuilder element = new StringBuilder("<Extra");
        for (int i = 1; i <= count; i++) {
            element.append(" a").append(i).append("=\"").append(i).append('"');
        }
        return element.append("/>").toString();
    }

    @Test
    void elementDepthStopsAtTheConfiguredLimit() {
        servedAtTheLimitRefusedBeyond(nestedTo(XmlLimits.MAX_ELEMENT_DEPTH), nestedTo(XmlLimits.MAX_ELEMENT_DEPTH + 1));
    }

    @Test
    void childrenPerElementStopAtTheConfiguredLimit() {
        servedAtTheLimitRefusedBeyond(children(XmlLimits.MAX_CHILD_ELEMENTS), children(XmlLimits.MAX_CHILD_ELEMENTS + 1));
    }

    @Test
    void attributesPerElementStopAtTheConfiguredLimit() {
        servedAtTheLimitRefusedBeyond(attributes(XmlLimits.MAX_ATTRIBUTE_COUNT), attributes(XmlLimits.MAX_ATTRIBUTE_COUNT + 1));
    }

    @Test
    void attributeLengthStopsAtTheConfiguredLimit() {
        servedAtTheLimitRefusedBeyond("<Extra a=\"" + "9".repeat(XmlLimits.MAX_ATTRIBUTE_SIZE) + "\"/>",
                "<Extra a=\"" + "9".repeat(XmlLimits.MAX_ATTRIBUTE_SIZE + 1) + "\"/>");
    }

    @Test
    void textLengthStopsAtTheConfiguredLimit() {
        servedAtTheLimitRefusedBeyond("<Extra>" + "x".repeat(XmlLimits.MAX_TEXT_LENGTH) + "</Extra>",
                "<Extra>" + "x".repeat(XmlLimits.MAX_TEXT_LENGTH + 1) + "</Extra>");
    }

    private static String person(String doctype, String naam) {
        return String.format(OPEN, doctype) + "<Naam><Achternamen><Achternaam>" + naam
                + "</Achternaam></Achternamen></Naam>" + CLOSE;
    }

    @Test
    void externalEntityNeitherReadsALocalFileNorCallsOut() throws Exception {
        String secret = "top-secret-" + UUID.randomUUID();
        Path file = Files.createTempFile("xxe", ".txt");
        Files.writeString(file, secret);
        int port = ConfigProvider.getConfig().getValue("quarkus.wiremock.devservices.port", Integer.class);
        String doctype = "<!DOCTYPE r [<!ENTITY file SYSTEM \"" + file.toUri() + "\">"
                + "<!ENTITY remote SYSTEM \"http://localhost:" + port + "/xxe-callback\">]>";
        Response response = magdaAnswers(person(doctype, "&file;&remote;"));
        assertThat(response.asString()).doesNotContain(secret);
        assertThat(wiremock.find(getRequestedFor(urlPathEqualTo("/xxe-callback")))).as("calls out").isEmpty();
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE r [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        magdaAnswers(person(doctype.toString(), "&lol9;"));
    }

    @Test
    void anAnswerOverTenMegabytesIsRefused() {
        String padding = " ".repeat((int) XmlLimits.MAX_XML_CHARACTERS + 1024);
        magdaAnswers(String.format(OPEN, "") + padding + CLOSE);
    }

    @Test
    void tenThousandDeepNestingIsRefused() {
        magdaAnswers(String.format(OPEN, "") + "<a>".repeat(10_000) + "</a>".repeat(10_000) + CLOSE);
    }

    @Test
    void aHugeAttributeIsRefused() {
        magdaAnswers(String.format(OPEN, "") + "<Naam DatumBegin=\"" + "9".repeat(2_000_000) + "\"/>" + CLOSE);
    }
}
