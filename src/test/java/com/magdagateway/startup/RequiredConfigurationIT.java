package com.magdagateway.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.PackagedJar;

/**
 * The packaged application refuses to start without its required configuration: a non-zero exit and one line that
 * names every missing variable, and only those.
 */
class RequiredConfigurationIT {

    static final List<String> REQUIRED = List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_AUDIENCES", "MAGDA_URL", "MAGDA_CLIENT_ID", "MAGDA_CAPACITY", "DB_URL");
    static final Duration EXIT = Duration.ofSeconds(60);

    @Test
    void withNothingSetItExitsNamingEveryVariable() throws Exception {
        try (PackagedJar jar = PackagedJar.start(Map.of())) {
            assertThat(jar.exitCode(EXIT)).as(jar.output()).isNotZero();
            assertThat(refusalLines(jar)).as(jar.output()).singleElement()
                    .satisfies(line -> REQUIRED.forEach(v -> assertThat(line).contains(v)));
        }
    }

    @Test
    void withOneMissingItExitsNamingExactlyThatOne() throws Exception {
        Map<String, String> env = complete();
        env.remove("MP_JWT_VERIFY_AUDIENCES");
        try (PackagedJar jar = PackagedJar.start(env)) {
            assertThat(jar.exitCode(EXIT)).as(jar.output()).isNotZero();
            String line = refusalLines(jar).stream().findFirst().orElseThrow(() -> new AssertionError(jar.output()));
            assertThat(line).contains("MP_JWT_VERIFY_AUDIENCES");
            REQUIRED.stream().filter(v -> !v.equals("MP_JWT_VERIFY_AUDIENCES"))
                    .forEach(v -> assertThat(line).doesNotContain(v));
            assertThat(jar.outputLines()).as("nothing but the one line").hasSize(1);
        }
    }

    @Test
    void aBlankValueCountsAsMissing() throws Exception {
        Map<String, String> env = complete();
        env.put("DB_URL", " ");
        try (PackagedJar jar = PackagedJar.start(env)) {
            assertThat(jar.exitCode(EXIT)).isNotZero();
            assertThat(jar.outputLines()).singleElement().asString().contains("DB_URL").doesNotContain("MAGDA_URL");
        }
    }

    /** Every required variable, with values that would not let the application work, so it is never started here. */
    static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        REQUIRED.forEach(v -> env.put(v, "set"));
        return env;
    }

    static List<String> refusalLines(PackagedJar jar) {
        return jar.outputLines().stream().filter(l -> l.contains("Refusing to start")).toList();
    }
}
