package com.magdagateway.magda.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.wss4j.common.crypto.Crypto;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import com.magdagateway.support.Api;
import com.magdagateway.support.DimonaPersonas;
import com.magdagateway.support.DmfaPersonas;
import com.magdagateway.support.HouseholdPersonas;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RegistrationPersonas;
import com.magdagateway.support.SelfEmploymentPersonas;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Mutual TLS and WS-Security against a MAGDA that enforces both: the gateway's signed call over mTLS succeeds;
 * unsigned, wrongly signed and tampered requests are refused; no client certificate, no connection. The gateway's
 * own side, negatively: a MAGDA server certificate it does not trust or issued to another host, and (answer
 * verification on, signer pinned by subject) an answer unsigned, signed by an untrusted key, stale, or signed by a
 * trusted certificate of someone else: no data, a 502/503 problem.
 */
@QuarkusTest
@TestProfile(MagdaSecurityTest.Secured.class)
class MagdaSecurityTest {

    /** The gateway as production configures it, against the verifying endpoint. */
    public static class Secured implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(MagdaSecurityResource.class));
        }
    }

    /** A GeefPersoon request as any client would send it, before any WS-Security is added. */
    static final String UNSIGNED_REQUEST = """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>\
            <g:GeefPersoon xmlns:g="http://magda.vlaanderen.be/persoon/soap/geefpersoon/v02_02"><Verzoek><Vragen>\
            <Vraag><Inhoud><Criteria><INSZ>85611512387</INSZ></Criteria></Inhoud></Vraag></Vragen></Verzoek>\
            </g:GeefPersoon></soapenv:Body></soapenv:Envelope>""";

    static String config(String name) {
        return ConfigProvider.getConfig().getValue("test.magda-security." + name, String.class);
    }

    static ThrowawayKeys keys() {
        return ThrowawayKeys.at(Path.of(config("keys")));
    }

    @Test
    void signedCallOverMutualTlsIsAccepted() throws Exception {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200)
                .body("data.insz", equalTo(Personas.FULL))
                .body("data.lastName", equalTo("Peeters"));
        Map<String, String> stats = stats();
        assertThat(Integer.parseInt(stats.get("accepted"))).isPositive();
        // What the endpoint verified: our certificate, RSA-SHA256, the certificate sent as a BinarySecurityToken.
        assertThat(stats.get("verified")).contains("CN=gateway.magda-gateway.test")
                .contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256").contains("DIRECT_REF");
    }

    @Test
    void unsignedRequestIsRejected() throws Exception {
        HttpResponse<String> response = post(plainClient(), config("plain-url"), UNSIGNED_REQUEST);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("WS-Security: request refused");
        assertThat(stats().get("rejection")).contains("no WS-Security header");
    }

    @Test
    void requestSignedWithAnUntrustedKeyIsRejected() throws Exception {
        String signed = signed(ThrowawayKeys.ROGUE, false);
        HttpResponse<String> response = post(plainClient(), config("plain-url"), signed);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(stats().get("rejection")).contains("WSSecurityException");
    }

    @Test
    void requestAlteredAfterSigningIsRejected() throws Exception {
        String tampered = signed(ThrowawayKeys.GATEWAY, true);
        HttpResponse<String> response = post(plainClient(), config("plain-url"), tampered);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(stats().get("rejection")).contains("WSSecurityException");
    }

    /** The control for the two tests above: the same request, signed with the trusted key and left intact. */
    @Test
    void sameRequestSignedWithTheGatewayKeyIsAccepted() throws Exception {
        HttpResponse<String> response = post(plainClient(), config("plain-url"), signed(ThrowawayKeys.GATEWAY, false));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("GeefPersoonResponse");
    }

    @Test
    void mutualTlsEndpointRefusesAClientWithoutCertificate() throws Exception {
        HttpClient anonymous = tlsClient(false);
        String signed = signed(ThrowawayKeys.GATEWAY, false);
        assertThatThrownBy(() -> post(anonymous, config("tls-url"), signed)).isInstanceOf(IOException.class);
    }

    @Test
    void mutualTlsEndpointAcceptsTheGatewayCertificate() throws Exception {
        HttpResponse<String> response = post(tlsClient(true), config("tls-url"), signed(ThrowawayKeys.GATEWAY, false));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void unsignedAnswerIsRefusedWhenAnswersAreVerified() throws Exception {
        int acceptedBefore = Integer.parseInt(stats().get("accepted"));
        // GeefGezinssamenstelling's endpoint accepts our signed request, then sends a valid but unsigned answer.
        Api.consult().get("/api/v1/persons/{insz}/household", HouseholdPersonas.FAMILY).then().statusCode(502)
                .body("code", equalTo("BACKEND_ERROR"));
        assertThat(Integer.parseInt(stats().get("accepted"))).as("the request itself was accepted")
                .isEqualTo(acceptedBefore + 1);
    }

    @Test
    void answerSignedByAnUntrustedKeyIsRefused() throws Exception {
        int acceptedBefore = accepted();
        refused(Api.consult().get("/api/v1/persons/{insz}/self-employment", SelfEmploymentPersonas.TWO_FUNDS));
        assertThat(accepted()).as("the request itself was accepted").isEqualTo(acceptedBefore + 1);
    }

    @Test
    void answerWithAStaleTimestampIsRefused() throws Exception {
        int acceptedBefore = accepted();
        refused(Api.consult().get("/api/v1/persons/{insz}/dimona", DimonaPersonas.FULL));
        assertThat(accepted()).as("the request itself was accepted").isEqualTo(acceptedBefore + 1);
    }

    /** MAGDA_WSS_ANSWER_SUBJECT pins MAGDA's certificate: trust in the certificate alone is not enough. */
    @Test
    void answerSignedByATrustedCertificateOfAnotherSubjectIsRefused() throws Exception {
        int acceptedBefore = accepted();
        refused(Api.consult().get("/api/v1/persons/{insz}/dmfa", DmfaPersonas.FULL));
        assertThat(accepted()).as("the request itself was accepted").isEqualTo(acceptedBefore + 1);
    }

    /** A server certificate the gateway does not trust: the handshake fails, the question is never sent. */
    @Test
    void untrustedServerCertificateIsRefusedBeforeAnythingIsSent() throws Exception {
        int receivedBefore = received();
        refused(Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY)
                .put("/api/v1/persons/{insz}/registration", RegistrationPersonas.ACCEPTED));
        assertThat(received()).as("requests that reached MAGDA").isEqualTo(receivedBefore);
    }

    /** A trusted certificate issued to another host name: refused as well, the question is never sent. */
    @Test
    void serverCertificateForAnotherHostIsRefusedBeforeAnythingIsSent() throws Exception {
        int receivedBefore = received();
        refused(Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY).queryParam("effectiveDate", "2024-06-30")
                .delete("/api/v1/persons/{insz}/registration", RegistrationPersonas.NOT_REGISTERED));
        assertThat(received()).as("requests that reached MAGDA").isEqualTo(receivedBefore);
    }

    // ------------------------------------------------------------------ helpers

    /** What a caller sees when MAGDA cannot be trusted: a problem, 502 or 503, and no data. */
    static void refused(Response response) {
        response.then().statusCode(anyOf(equalTo(502), equalTo(503))).contentType("application/problem+json")
                .body("$", not(hasKey("data")))
                .body("code", anyOf(equalTo("BACKEND_ERROR"), equalTo("BACKEND_UNAVAILABLE")));
    }

    static int accepted() throws Exception {
        return Integer.parseInt(stats().get("accepted"));
    }

    static int received() throws Exception {
        return Integer.parseInt(stats().get("received"));
    }

    static String signed(String alias, boolean tamperAfterwards) throws Exception {
        ThrowawayKeys keys = keys();
        Crypto crypto = Wss4j.crypto(keys.load(keys.keystore(alias)), null);
        Document document = Wss4j.sign(Wss4j.parse(UNSIGNED_REQUEST.getBytes()), crypto, alias, ThrowawayKeys.PASSWORD);
        String xml = Wss4j.serialize(document);
        return tamperAfterwards ? xml.replace("85611512387", "85011512355") : xml;
    }

    static HttpResponse<String> post(HttpClient client, String url, String envelope) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpClient plainClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Trusts MAGDA's certificate; presents the gateway's client certificate only when asked to. */
    static HttpClient tlsClient(boolean withClientCertificate) throws Exception {
        ThrowawayKeys keys = keys();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys.load(keys.truststore(ThrowawayKeys.MAGDA)));
        KeyManagerFactory key = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null); // an empty key store: no client certificate to present
        if (withClientCertificate) {
            store = keys.load(keys.keystore(ThrowawayKeys.GATEWAY));
        }
        key.init(store, ThrowawayKeys.PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(key.getKeyManagers(), trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static Map<String, String> stats() throws Exception {
        String body = plainClient().send(HttpRequest.newBuilder(URI.create(config("stats-url"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> stats = new java.util.HashMap<>();
        for (String line : body.split("\n")) {
            int eq = line.indexOf('=');
            stats.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return stats;
    }
}
