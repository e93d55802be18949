import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A deliberately fast stand-in for MAGDA's SOAP endpoint: answers every POST with one canned answer in which the
 * placeholders {{AFZENDER_REFERTE}}, {{VRAAG_REFERTE}} and {{INSZ}} are replaced by the values of the request, as
 * MAGDA echoes them (Ontvanger/Referte = the request's Afzender/Referte, Antwoord/Referte = Vraag/Referte, the
 * person's INSZ = the INSZ asked). JDK only, run as a single-file program: java bench/BenchMagda.java PORT ANSWER_FILE
 */
public class BenchMagda {

    private static final String[] PLACEHOLDERS = { "{{AFZENDER_REFERTE}}", "{{VRAAG_REFERTE}}", "{{INSZ}}" };

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Template answer = Template.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/", exchange -> answer(exchange, answer));
        server.setExecutor(Executors.newFixedThreadPool(Integer.parseInt(System.getProperty("threads", "8"))));
        server.start();
        System.out.println("BenchMagda listening on " + port + " (" + answer.staticLength() + " bytes per answer"
                + " before the echoed values)");
    }

    /** -DdelayMs=N: answer after N ms, as a real MAGDA takes its time (give it -Dthreads to match); default 0. */
    private static final long DELAY_MS = Long.getLong("delayMs", 0);

    private static void answer(HttpExchange exchange, Template answer) throws IOException {
        if (DELAY_MS > 0) {
            try {
                Thread.sleep(DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes(); // drained in full, so the connection can be reused
        }
        String[] values = Echo.from(request);
        byte[] body;
        int status = 200;
        if (values == null) {
            // A request without the three values is not one the gateway sends: make it visible as an error.
            status = 500;
            body = Echo.FAULT;
        } else {
            body = answer.render(values);
        }
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Finds the echoed values by plain string search: no XML parser, so the stand-in stays far cheaper than the gateway. */
    static final class Echo {

        static final byte[] FAULT = ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><soapenv:Fault><faultcode>soapenv:Client</faultcode>"
                + "<faultstring>BenchMagda: no Afzender/Referte, Vraag/Referte or INSZ in the request</faultstring>"
                + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>").getBytes(StandardCharsets.UTF_8);

        private Echo() {
        }

        /** Afzender/Referte, Vraag/Referte and the INSZ inside the Vraag, or null when one is missing. */
        static String[] from(byte[] request) {
            // ISO-8859-1 maps byte i to char i, so indexes stay byte indexes; the values are ASCII.
            String xml = new String(request, StandardCharsets.ISO_8859_1);
            int afzender = xml.indexOf("Afzender>");
            int vraag = xml.indexOf("Vraag>"); // the first is the opening tag; "Vragen>" does not match
            if (afzender < 0 || vraag < 0) {
                return null;
            }
            String afzenderReferte = text(xml, "Referte>", afzender);
            String vraagReferte = text(xml, "Referte>", vraag);
            String insz = text(xml, "INSZ>", vraag);
            if (afzenderReferte == null || vraagReferte == null || insz == null) {
                return null;
            }
            return new String[] { afzenderReferte, vraagReferte, insz };
        }

        /** The text of the first element named {@code tag} (with or without a prefix) after {@code from}. */
        private static String text(String xml, String tag, int from) {
            int start = xml.indexOf(tag, from);
            if (start < 0) {
                return null;
            }
            start += tag.length();
            int end = xml.indexOf('<', start);
            return end < 0 ? null : xml.substring(start, end);
        }
    }

    /** The answer cut at its placeholders once, so that rendering is a few array copies. */
    record Template(List<byte[]> parts, List<Integer> slots) {

        static Template parse(String text) {
            List<byte[]> parts = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            int at = 0;
            while (true) {
                int next = -1;
                int slot = -1;
                for (int i = 0; i < PLACEHOLDERS.length; i++) {
                    int found = text.indexOf(PLACEHOLDERS[i], at);
                    if (found >= 0 && (next < 0 || found < next)) {
                        next = found;
                        slot = i;
                    }
                }
                if (next < 0) {
                    parts.add(text.substring(at).getBytes(StandardCharsets.UTF_8));
                    return new Template(parts, slots);
                }
                parts.add(text.substring(at, next).getBytes(StandardCharsets.UTF_8));
                slots.add(slot);
                at = next + PLACEHOLDERS[slot].length();
            }
        }

        int staticLength() {
            return parts.stream().mapToInt(p -> p.length).sum();
        }

        byte[] render(String[] values) {
            byte[][] filled = new byte[slots.size()][];
            int length = staticLength();
            for (int i = 0; i < filled.length; i++) {
                filled[i] = values[slots.get(i)].getBytes(StandardCharsets.ISO_8859_1);
                length += filled[i].length;
            }
            byte[] out = new byte[length];
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                byte[] part = parts.get(i);
                System.arraycopy(part, 0, out, at, part.length);
                at += part.length;
                if (i < filled.length) {
                    System.arraycopy(filled[i], 0, out, at, filled[i].length);
                    at += filled[i].length;
                }
            }
            return out;
        }
    }
}
