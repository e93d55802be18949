package com.magdagateway.magda.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import org.apache.wss4j.common.crypto.Crypto;
import org.w3c.dom.Document;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * A simulated MAGDA that insists on WS-Security: every SOAP request must carry a valid signature (Timestamp and Body)
 * by the gateway's certificate, else it answers a SOAP fault. Served twice: over plain HTTP, and over HTTPS requiring
 * a client certificate issued to the gateway. Answers are signed with MAGDA's own key, except under the paths that
 * simulate a compromised or misconfigured MAGDA ({@link #UNSIGNED_ANSWER}, {@link #SIGNED_BY_ROGUE},
 * {@link #STALE_ANSWER}, {@link #SIGNED_BY_OTHER}). Two more HTTPS servers present a wrong certificate: one nobody
 * trusts, and one trusted but issued to another host name.
 */
final class VerifyingMagdaEndpoint {

    static final String PATH = "/api/Magda-02.00/soap/WebService";
    /**
     * Same checks on the request, then the simulated MAGDA's valid household answer (the one HouseholdResourceTest
     * reads as 200), but unsigned: what the gateway must refuse when it verifies answers.
     */
    static final String UNSIGNED_ANSWER = "/unsigned-answer/household" + PATH;
    /** The valid self-employment answer (SelfEmploymentPersonas.TWO_FUNDS), signed by a key nobody trusts. */
    static final String SIGNED_BY_ROGUE = "/signed-by-rogue/selfemployment" + PATH;
    /** The valid Dimona answer (DimonaPersonas.FULL), signed by MAGDA, with a Timestamp that expired an hour ago. */
    static final String STALE_ANSWER = "/stale-answer/dimona" + PATH;
    /** The valid DmfA answer (DmfaPersonas.FULL), signed by a trusted certificate with another subject than MAGDA's. */
    static final String SIGNED_BY_OTHER = "/signed-by-other/dmfa" + PATH;
    static final Path PERSON_ANSWER = Path.of("wiremock/__files/persoon/full.xml");
    /** The stubs' response template for the echoed reference, replaced here by hand. */
    private static final String STUB_ECHO = "{{xPath request.body '//Vraag/Referte/text()'}}";
    private static final Pattern VRAAG_REFERTE = Pattern.compile("<Vraag>\\s*<Referte>([^<]+)</Referte>");
    static final Map<String, Path> ANSWERS = Map.of(
            "/household", Path.of("wiremock/__files/household/family.xml"),
            "/selfemployment", Path.of("wiremock/__files/selfemployment/two-funds.xml"),
            "/dimona", Path.of("wiremock/__files/dimona/full.xml"),
            "/dmfa", Path.of("wiremock/__files/dmfa/full.xml"));

    private final ThrowawayKeys keys;
    private final Crypto trustsGateway;
    private final Crypto magdaKey;
    private final Crypto rogueKey;
    private final Crypto otherKey;
    /** Every SOAP request that reached any of the servers, whatever became of it. */
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicReference<String> lastVerified = new AtomicReference<>("");
    private final AtomicReference<String> lastRejection = new AtomicReference<>("");
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private HttpServer plain;
    private HttpsServer tls;
    private HttpsServer untrustedTls;
    private HttpsServer misnamedTls;

    VerifyingMagdaEndpoint(ThrowawayKeys keys) {
        this.keys = keys;
        this.trustsGateway = Wss4j.crypto(null, keys.load(keys.truststore(ThrowawayKeys.GATEWAY)));
        this.magdaKey = Wss4j.crypto(keys.load(keys.keystore(ThrowawayKeys.MAGDA)), null);
        this.rogueKey = Wss4j.crypto(keys.load(keys.keystore(ThrowawayKeys.ROGUE)), null);
        this.otherKey = Wss4j.crypto(keys.load(keys.keystore(ThrowawayKeys.OTHER)), null);
    }

    void start() throws Exception {
        plain = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        plain.createContext("/", this::handle);
        plain.setExecutor(executor);
        plain.start();
        tls = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tls.setHttpsConfigurator(new HttpsConfigurator(sslContext()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true); // no certificate issued to the gateway, no connection
                params.setSSLParameters(ssl);
            }
        });
        tls.createContext("/", this::handle);
        tls.setExecutor(executor);
        tls.start();
        untrustedTls = serverWithCertificate(ThrowawayKeys.ROGUE);
        misnamedTls = serverWithCertificate(ThrowawayKeys.OTHER);
    }

    /** An HTTPS server (no client certificate asked) that presents the certificate of {@code alias}. */
    private HttpsServer serverWithCertificate(String alias) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys.load(keys.keystore(alias)), ThrowawayKeys.PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        return server;
    }

    void stop() {
        plain.stop(0);
        tls.stop(0);
        untrustedTls.stop(0);
        misnamedTls.stop(0);
        executor.shutdownNow();
    }

    /** Served with a certificate for localhost that the gateway does not trust. */
    String untrustedTlsUrl(String path) {
        return "https://localhost:" + untrustedTls.getAddress().getPort() + path;
    }

    /** Served with a trusted certificate issued to other.magda-gateway.test, not to localhost. */
    String misnamedTlsUrl(String path) {
        return "https://localhost:" + misnamedTls.getAddress().getPort() + path;
    }

    String plainUrl(String path) {
        return "http://127.0.0.1:" + plain.getAddress().getPort() + path;
    }

    String tlsUrl(String path) {
        return "https://localhost:" + tls.getAddress().getPort() + path;
    }

    /** Server side of mutual TLS: MAGDA's certificate, and only the gateway's certificate is trusted. */
    private SSLContext sslContext() throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys.load(keys.keystore(ThrowawayKeys.MAGDA)), ThrowawayKeys.PASSWORD.toCharArray());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(keys.load(keys.truststore(ThrowawayKeys.GATEWAY)));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestURI().getPath().equals("/stats")) {
                respond(exchange, 200, "text/plain", "received=" + received.get() + "\naccepted=" + accepted.get()
                        + "\nrejected=" + rejected.get()
                        + "\nverified=" + lastVerified.get() + "\nrejection=" + lastRejection.get());
                return;
            }
            received.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                Wss4j.Verified verified = Wss4j.verify(Wss4j.parse(body), trustsGateway);
                lastVerified.set(verified.signer() + "|" + verified.signatureMethod() + "|" + verified.tokenReference());
                accepted.incrementAndGet();
            } catch (Exception e) {
                rejected.incrementAndGet();
                lastRejection.set(e.getClass().getSimpleName() + ": " + e.getMessage());
                respond(exchange, 500, "text/xml; charset=UTF-8", fault());
                return;
            }
            respond(exchange, 200, "text/xml; charset=UTF-8", answer(exchange.getRequestURI().getPath(), body));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private String answer(String path, byte[] request) throws Exception {
        Path file = ANSWERS.entrySet().stream().filter(e -> path.contains(e.getKey() + "/")).map(Map.Entry::getValue)
                .findFirst().orElse(PERSON_ANSWER);
        byte[] canned = echoReference(Files.readAllBytes(file), request);
        if (path.equals(UNSIGNED_ANSWER)) {
            return new String(canned, StandardCharsets.UTF_8);
        }
        Document answer = Wss4j.parse(canned);
        Document signed = switch (path) {
            case SIGNED_BY_ROGUE -> Wss4j.sign(answer, rogueKey, ThrowawayKeys.ROGUE, ThrowawayKeys.PASSWORD);
            case SIGNED_BY_OTHER -> Wss4j.sign(answer, otherKey, ThrowawayKeys.OTHER, ThrowawayKeys.PASSWORD);
            case STALE_ANSWER -> Wss4j.sign(answer, magdaKey, ThrowawayKeys.MAGDA, ThrowawayKeys.PASSWORD,
                    Duration.ofHours(1));
            default -> Wss4j.sign(answer, magdaKey, ThrowawayKeys.MAGDA, ThrowawayKeys.PASSWORD);
        };
        return Wss4j.serialize(signed);
    }

    /** As MAGDA (and the WireMock stubs' templating) does: the answer carries the request's Vraag/Referte. */
    private static byte[] echoReference(byte[] canned, byte[] request) {
        Matcher m = VRAAG_REFERTE.matcher(new String(request, StandardCharsets.UTF_8));
        String reference = m.find() ? m.group(1) : "none";
        return new String(canned, StandardCharsets.UTF_8).replace(STUB_ECHO, reference).getBytes(StandardCharsets.UTF_8);
    }

    private static String fault() {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>WS-Security: request refused"
                + "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
