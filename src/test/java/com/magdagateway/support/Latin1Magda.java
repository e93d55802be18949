package com.magdagateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A MAGDA that answers in real ISO-8859-1 bytes (src/test/resources/latin1), echoing the request's reference.
 * WireMock cannot serve these itself: its response templating reads and writes bodies as UTF-8.
 */
public final class Latin1Magda implements AutoCloseable {

    private static final Pattern VRAAG_REFERTE = Pattern.compile("<Vraag>\\s*<Referte>([^<]+)</Referte>");

    private final HttpServer server;

    private Latin1Magda(String bodyResource, String contentType) throws IOException {
        byte[] template = read(bodyResource);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, template, contentType));
        server.start();
    }

    /** Serves {@code bodyResource} (under latin1/) with this {@code Content-Type}. */
    public static Latin1Magda serving(String bodyResource, String contentType) throws IOException {
        return new Latin1Magda(bodyResource, contentType);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, byte[] template, String contentType) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = VRAAG_REFERTE.matcher(request);
        String reference = m.find() ? m.group(1) : "none";
        // Latin-1 maps bytes to chars one to one: the placeholder is replaced without touching any other byte.
        byte[] body = new String(template, StandardCharsets.ISO_8859_1).replace("@REFERTE@", reference)
                .getBytes(StandardCharsets.ISO_8859_1);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = Latin1Magda.class.getResourceAsStream("/latin1/" + resource)) {
            if (in == null) {
                throw new IOException("No test resource latin1/" + resource);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
