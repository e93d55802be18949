package com.magdagateway.magda;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Lets an operator redirect one MAGDA service from the environment: {@code MAGDA_SERVICE_URL_GEEFPERSOON} becomes
 * {@code magda.service-url.GeefPersoon}. Environment names lose case and dots, and the service names are
 * case-sensitive map keys, so each known service is mapped explicitly.
 */
public class MagdaServiceUrlConfigSource implements ConfigSourceFactory {

    public static final String VARIABLE_PREFIX = "MAGDA_SERVICE_URL_";
    static final String PROPERTY_PREFIX = "magda.service-url.";

    // Below environment variables (300) and system properties (400): -Dmagda.service-url.<Service> still wins.
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> urls = properties(context);
        return urls.isEmpty() ? List.of() : List.of(new PropertiesConfigSource(urls, "magda-service-urls", ORDINAL));
    }

    static Map<String, String> properties(ConfigSourceContext context) {
        Map<String, String> urls = new HashMap<>();
        for (MagdaService service : MagdaService.values()) {
            ConfigValue value = context.getValue(variable(service));
            if (value != null && value.getValue() != null && !value.getValue().isBlank()) {
                urls.put(PROPERTY_PREFIX + service.serviceName(), value.getValue().trim());
            }
        }
        return urls;
    }

    /** The environment variable that redirects {@code service}, e.g. {@code MAGDA_SERVICE_URL_GEEFLOOPBAANARZA}. */
    public static String variable(MagdaService service) {
        return VARIABLE_PREFIX + service.serviceName().toUpperCase(Locale.ROOT);
    }
}
