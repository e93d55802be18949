package com.magdagateway.magda.security;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Generates throwaway keys, starts the verifying MAGDA endpoint, and configures the gateway exactly as production
 * would: through the {@code MAGDA_TLS_*} and {@code MAGDA_WSS_*} variables.
 */
public class MagdaSecurityResource implements QuarkusTestResourceLifecycleManager {

    private VerifyingMagdaEndpoint endpoint;

    @Override
    public Map<String, String> start() {
        ThrowawayKeys keys = ThrowawayKeys.generate();
        endpoint = new VerifyingMagdaEndpoint(keys);
        try {
            endpoint.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the verifying MAGDA endpoint", e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("MAGDA_TLS_ENABLED", "true");
        config.put("MAGDA_TLS_KEYSTORE", keys.keystore(ThrowawayKeys.GATEWAY).toString());
        config.put("MAGDA_TLS_KEYSTORE_PASSWORD", ThrowawayKeys.PASSWORD);
        config.put("MAGDA_TLS_TRUSTSTORE", keys.truststore(ThrowawayKeys.MAGDA).toString());
        config.put("MAGDA_TLS_TRUSTSTORE_PASSWORD", ThrowawayKeys.PASSWORD);
        config.put("MAGDA_WSS_ENABLED", "true");
        config.put("MAGDA_WSS_KEYSTORE", keys.keystore(ThrowawayKeys.GATEWAY).toString());
        config.put("MAGDA_WSS_KEYSTORE_PASSWORD", ThrowawayKeys.PASSWORD);
        config.put("MAGDA_WSS_KEY_ALIAS", ThrowawayKeys.GATEWAY);
        // Answers are checked against MAGDA_TLS_TRUSTSTORE: no MAGDA_WSS_TRUSTSTORE, so the fallback is exercised.
        config.put("MAGDA_WSS_VERIFY_ANSWERS", "true");
        // GeefPersoon: the production path (mTLS, signed request, signed answer).
        config.put("magda.service-url.GeefPersoon", endpoint.tlsUrl(VerifyingMagdaEndpoint.PATH));
        // GeefGezinssamenstelling: a signed request accepted, but an unsigned answer.
        config.put("magda.service-url.GeefGezinssamenstelling",
                endpoint.plainUrl(VerifyingMagdaEndpoint.UNSIGNED_ANSWER));
        config.put("test.magda-security.keys", keys.dir.toString());
        config.put("test.magda-security.plain-url", endpoint.plainUrl(VerifyingMagdaEndpoint.PATH));
        config.put("test.magda-security.tls-url", endpoint.tlsUrl(VerifyingMagdaEndpoint.PATH));
        config.put("test.magda-security.stats-url", endpoint.plainUrl("/stats"));
        return config;
    }

    @Override
    public void stop() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }
}
