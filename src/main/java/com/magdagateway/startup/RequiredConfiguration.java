package com.magdagateway.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The settings production cannot guess: token verification, our identity towards MAGDA and the database. Without
 * them a gateway would trust every audience, talk to a made-up endpoint or audit nowhere, so it must not start.
 */
public final class RequiredConfiguration {

    /** Each required environment variable and the property it feeds (either may be given). */
    static final Map<String, String> REQUIRED = requiredInOrder();

    private RequiredConfiguration() {
    }

    /** The required variables that none of the sources sets to a non-blank value, in a stable order. */
    public static List<String> missing(Function<String, String> lookup) {
        return REQUIRED.entrySet().stream()
                .filter(e -> blank(lookup.apply(e.getKey())) && blank(lookup.apply(e.getValue())))
                .map(Map.Entry::getKey).toList();
    }

    /** Environment variables, then system properties (which the integration tests use), then a {@code .env} file. */
    public static Function<String, String> processSources(Map<String, String> env, Properties system, Path dotEnv) {
        Properties fromFile = read(dotEnv);
        return name -> first(env.get(name), system.getProperty(name), fromFile.getProperty(name));
    }

    /** The single line that tells an operator everything at once, rather than one failure per restart. */
    public static String message(List<String> missing) {
        return "Refusing to start: required configuration missing: " + String.join(", ", missing)
                + " (set them as environment variables; see README \"Configuration\")";
    }

    private static Map<String, String> requiredInOrder() {
        Map<String, String> required = new java.util.LinkedHashMap<>();
        required.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location");
        required.put("MP_JWT_VERIFY_ISSUER", "mp.jwt.verify.issuer");
        required.put("MP_JWT_VERIFY_AUDIENCES", "mp.jwt.verify.audiences");
        required.put("MAGDA_URL", "magda.url");
        required.put("MAGDA_CLIENT_ID", "magda.client-id");
        required.put("MAGDA_CAPACITY", "magda.capacity");
        required.put("DB_URL", "DB_URL");
        return java.util.Collections.unmodifiableMap(required);
    }

    private static Properties read(Path dotEnv) {
        Properties p = new Properties();
        if (dotEnv != null && Files.isRegularFile(dotEnv)) {
            try (var reader = Files.newBufferedReader(dotEnv)) {
                p.load(reader);
            } catch (IOException e) {
                // Unreadable: treated as absent; the line then names what it would have provided.
            }
        }
        return p;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
