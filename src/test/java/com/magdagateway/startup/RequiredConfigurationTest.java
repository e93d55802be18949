package com.magdagateway.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sources count for the start-up check, and the line it prints. */
class RequiredConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void nothingSetNamesAllSevenInOrder() {
        assertThat(RequiredConfiguration.missing(name -> null)).containsExactly("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES", "MAGDA_URL", "MAGDA_CLIENT_ID", "MAGDA_CAPACITY",
                "DB_URL");
    }

    @Test
    void environmentSystemPropertiesAndDotEnvEachCount() throws Exception {
        Properties system = new Properties();
        system.setProperty("mp.jwt.verify.issuer", "https://idp"); // the property name, as -D
        system.setProperty("MAGDA_URL", "https://magda"); // the variable name, as the integration tests pass it
        Path dotEnv = Files.writeString(dir.resolve(".env"), "MAGDA_CAPACITY=1300\n");
        var lookup = RequiredConfiguration.processSources(Map.of("MP_JWT_VERIFY_AUDIENCES", "magda-gateway",
                "MAGDA_CLIENT_ID", " "), system, dotEnv);
        assertThat(RequiredConfiguration.missing(lookup)).containsExactly("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "MAGDA_CLIENT_ID", "DB_URL");
    }

    @Test
    void theMessageIsOneLineNamingEachVariable() {
        String line = RequiredConfiguration.message(java.util.List.of("MAGDA_URL", "DB_URL"));
        assertThat(line).doesNotContain("\n").contains("MAGDA_URL, DB_URL");
    }
}
