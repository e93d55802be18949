import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A deliberately fast stand-in for MAGDA's SOAP endpoint: answers every POST with one canned GeefPersoon
 * answer. JDK only, run as a single-file program: java bench/BenchMagda.java PORT ANSWER_FILE
 */
public class BenchMagda {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        byte[] answer = Files.readAllBytes(Path.of(args[1]));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes(); // drain the request so the connection can be reused
            }
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(Integer.parseInt(System.getProperty("threads", "8"))));
        server.start();
        System.out.println("BenchMagda listening on " + port + " (" + answer.length + " bytes per answer)");
    }
}
