package com.magdagateway.magda.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed view of the {@code magda.security.*} settings: WS-Security signing of requests and verification of answers. */
@ConfigMapping(prefix = "magda.security")
public interface MagdaSecurityConfig {

    /** WS-Security (WSS4J) settings, shared by every MAGDA client. */
    Wss wss();

    /** X.509 signing of requests ({@code MAGDA_WSS_*}) and, optionally, verification of MAGDA's signed answers. */
    interface Wss {
        /** Whether requests are signed; off unless {@code MAGDA_WSS_ENABLED=true}. */
        @WithDefault("false")
        boolean enabled();

        /** PKCS#12 keystore holding the signing key and its certificate. */
        Optional<String> keystore();

        /** Password of the keystore. */
        Optional<String> keystorePassword();

        /** Alias of the signing key in the keystore. */
        Optional<String> keyAlias();

        /** Password of the signing key; the keystore password when absent (the usual PKCS#12 case). */
        Optional<String> keyPassword();

        /** Whether MAGDA's answers must carry a valid signature (Timestamp and Body) by a trusted certificate. */
        @WithDefault("false")
        boolean verifyAnswers();

        /** PKCS#12 truststore with the certificates (or their CAs) that sign MAGDA's answers. */
        Optional<String> truststore();

        /** Password of the truststore. */
        Optional<String> truststorePassword();

        /**
         * When set, only answers signed by a certificate whose subject DN (RFC 2253, e.g. {@code CN=magda.example,O=...})
         * matches this regular expression as a whole are accepted; a trusted certificate of anyone else is refused.
         */
        Optional<String> answerSubject();
    }
}
