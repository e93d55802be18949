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
        // The first call of each client initialises CXF, WSS4J and TLS; on a loaded machine that can outlast the test
        // profile's 4 s and turn the refusal a test expects into a 504. No test here is about timeouts.
        config.put("%test.magda.timeout", "PT20S");
        // Only answers signed by MAGDA's own certificate (the trusted OTHER certificate is someone else).
        config.put("MAGDA_WSS_ANSWER_SUBJECT", "CN=magda\\.magda-gateway\\.test");
        // Each service is redirected the way an operator would, through MAGDA_SERVICE_URL_<SERVICE>.
        // GeefPersoon: the production path (mTLS, signed request, signed answer).
        config.put("MAGDA_SERVICE_URL_GEEFPERSOON", endpoint.tlsUrl(VerifyingMagdaEndpoint.PATH));
        // GeefGezinssamenstelling: a signed request accepted, but an unsigned answer.
        config.put("MAGDA_SERVICE_URL_GEEFGEZINSSAMENSTELLING", endpoint.plainUrl(VerifyingMagdaEndpoint.UNSIGNED_ANSWER));
        // The other services each meet one way in which MAGDA's side can be wrong.
        config.put("MAGDA_SERVICE_URL_GEEFLOOPBAANARZA", endpoint.plainUrl(VerifyingMagdaEndpoint.SIGNED_BY_ROGUE));
        config.put("MAGDA_SERVICE_URL_GEEFWERKRELATIES", endpoint.plainUrl(VerifyingMagdaEndpoint.STALE_ANSWER));
        config.put("MAGDA_SERVICE_URL_GEEFDMFAVOORWERKNEMER", endpoint.plainUrl(VerifyingMagdaEndpoint.SIGNED_BY_OTHER));
        config.put("MAGDA_SERVICE_URL_REGISTREERINSCHRIJVING", endpoint.untrustedTlsUrl(VerifyingMagdaEndpoint.PATH));
        config.put("MAGDA_SERVICE_URL_REGISTREERUITSCHRIJVING", endpoint.misnamedTlsUrl(VerifyingMagdaEndpoint.PATH));
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
