package com.magdagateway.magda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * {@code MAGDA_SERVICE_URL_<SERVICE>} in the environment redirects that one service, through the same typed
 * configuration {@code MagdaTransport} reads its endpoints from.
 */
class MagdaServiceUrlConfigSourceTest {

    private static final String SHARED = "https://magda.example/api/Magda-02.00/soap/WebService";
    private static final String ELSEWHERE = "https://persoon.magda.example/ws";

    @Test
    void environmentVariableRedirectsThatServiceOnly() {
        MagdaConfig config = config(Map.of("MAGDA_SERVICE_URL_GEEFPERSOON", ELSEWHERE), Map.of());
        assertThat(config.urlFor("GeefPersoon")).isEqualTo(ELSEWHERE);
        for (MagdaService other : MagdaService.values()) {
            if (other != MagdaService.GEEF_PERSOON) {
                assertThat(config.urlFor(other.serviceName())).as(other.serviceName()).isEqualTo(SHARED);
            }
        }
    }

    @Test
    void everyServiceHasItsVariable() {
        Map<String, String> env = new HashMap<>();
        for (MagdaService service : MagdaService.values()) {
            env.put(MagdaServiceUrlConfigSource.variable(service), "https://" + service.serviceName() + ".example/ws");
        }
        MagdaConfig config = config(env, Map.of());
        for (MagdaService service : MagdaService.values()) {
            assertThat(config.urlFor(service.serviceName())).isEqualTo("https://" + service.serviceName() + ".example/ws");
        }
        assertThat(MagdaServiceUrlConfigSource.variable(MagdaService.GEEF_LOOPBAAN_ARZA))
                .isEqualTo("MAGDA_SERVICE_URL_GEEFLOOPBAANARZA");
    }

    @Test
    void systemPropertyStillWinsOverTheEnvironment() {
        MagdaConfig config = config(Map.of("MAGDA_SERVICE_URL_GEEFPERSOON", ELSEWHERE),
                Map.of("magda.service-url.GeefPersoon", "https://override.example/ws"));
        assertThat(config.urlFor("GeefPersoon")).isEqualTo("https://override.example/ws");
    }

    private static MagdaConfig config(Map<String, String> env, Map<String, String> systemProperties) {
        Map<String, String> required = Map.of("magda.url", SHARED, "magda.client-id", "kb.vlaanderen.be/test",
                "magda.capacity", "1300");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(env, 300))
                .withSources(new PropertiesConfigSource(systemProperties, "system-properties", 400))
                .withSources(new PropertiesConfigSource(required, "application", 250))
                .withSources(new MagdaServiceUrlConfigSource())
                .withMapping(MagdaConfig.class)
                .build();
        return config.getConfigMapping(MagdaConfig.class);
    }
}
