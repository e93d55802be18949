package com.magdagateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) started as an operator starts it: a fresh
 * process whose environment holds exactly the variables given, nothing inherited from the build.
 */
public final class PackagedJar implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final Path output;

    private PackagedJar(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts the jar with only {@code env} (plus PATH and HOME, which the JVM itself needs). */
    public static PackagedJar start(Map<String, String> env) throws IOException {
        Path output = Files.createTempFile("packaged-jar-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", JAR.toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        String path = environment.get("PATH");
        String home = environment.get("HOME");
        environment.clear();
        environment.put("PATH", path == null ? "/usr/bin:/bin" : path);
        if (home != null) {
            environment.put("HOME", home);
        }
        environment.putAll(env);
        // A directory of its own, so that no .env or config/ of the checkout is picked up.
        builder.directory(Files.createTempDirectory("packaged-jar-cwd-").toFile());
        return new PackagedJar(builder.start(), output);
    }

    /**
     * Starts the jar with {@code env} and the build's database credentials, and waits (up to two minutes: a cold jar
     * on a loaded machine) until it answers {@code GET /api/v1/health?level=PING} on {@code httpPort}.
     */
    public static PackagedJar started(Map<String, String> env, int httpPort) throws IOException, InterruptedException {
        PackagedJar jar = start(withDatabaseCredentials(env));
        jar.awaitOk("http://localhost:" + httpPort + "/api/v1/health?level=PING", Duration.ofMinutes(2));
        return jar;
    }

    /** {@code env} plus {@code DB_USER}/{@code DB_PASSWORD} of the build when set: the test database's, not under test. */
    public static Map<String, String> withDatabaseCredentials(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        System.getenv().entrySet().stream().filter(e -> e.getKey().equals("DB_USER") || e.getKey().equals("DB_PASSWORD"))
                .forEach(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }

    /** {@code kill -9}: no shutdown hook runs, nothing in flight finishes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The exit code, or fails when the process is still running after {@code timeout}. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    public List<String> outputLines() {
        return output().lines().toList();
    }

    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    /** Waits until {@code url} answers 200 (the application is up), or fails with the process output. */
    public void awaitOk(String url, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("exited with " + process.exitValue() + ":\n" + output());
            }
            if (status(client, url) == 200) {
                return;
            }
            Thread.sleep(200); // polling a port that is not open yet: there is nothing to wait on
        }
        throw new AssertionError(url + " did not answer 200 within " + timeout + ":\n" + output());
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public static int status(String url) {
        return status(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), url);
    }

    private static int status(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
