package com.magdagateway.magda.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * WS-Security for every MAGDA client in one place: signs each request (Timestamp and Body, X.509 key referenced as a
 * BinarySecurityToken, RSA-SHA256) and, when asked, refuses answers without a valid signature by a trusted certificate.
 */
@ApplicationScoped
public class MagdaWsSecurity {

    private static final Logger LOG = Logger.getLogger(MagdaWsSecurity.class);

    /** Keys under which the interceptors find the crypto objects (WSS4J's "...PropRefId" indirection). */
    static final String SIGNING_CRYPTO = "magda.wss.signing-crypto";
    static final String VERIFYING_CRYPTO = "magda.wss.verifying-crypto";

    /** What is signed: the Timestamp (so a request cannot be replayed later) and the Body (the question itself). */
    static final String SIGNED_PARTS = "{Element}{" + WSS4JConstants.WSU_NS + "}Timestamp;"
            + "{Element}{" + WSS4JConstants.URI_SOAP11_ENV + "}Body";

    private final MagdaSecurityConfig.Wss config;
    private Map<String, Object> signing;
    private Map<String, Object> verifying;

    public MagdaWsSecurity(MagdaSecurityConfig config) {
        this.config = config.wss();
    }

    /** Reads the key material at start-up, so that a wrong path, password or alias stops the pod instead of a call. */
    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            signingProperties();
            LOG.infof("MAGDA requests are signed (WS-Security, key alias %s)", config.keyAlias().orElse("?"));
        }
        if (config.verifyAnswers()) {
            verifyingProperties();
            LOG.infof("MAGDA answers must carry a valid WS-Security signature%s", answerSubject()
                    .map(subject -> " by a certificate whose subject matches " + subject).orElse(""));
        }
    }

    /** Adds the WSS4J interceptors to one CXF client, at most once; does nothing when WS-Security is off. */
    public void apply(Client client) {
        if (config.enabled() && client.getOutInterceptors().stream().noneMatch(WSS4JOutInterceptor.class::isInstance)) {
            client.getOutInterceptors().add(new WSS4JOutInterceptor(new HashMap<>(signingProperties())));
        }
        if (config.verifyAnswers() && client.getInInterceptors().stream().noneMatch(WSS4JInInterceptor.class::isInstance)) {
            client.getInInterceptors().add(new WSS4JInInterceptor(new HashMap<>(verifyingProperties())));
            // A valid signature over something else is not enough: the Body and the Timestamp must be covered.
            client.getInInterceptors().add(new DefaultCryptoCoverageChecker());
            // A valid signature by a trusted certificate is not enough either when the signer is pinned by subject.
            answerSubject().ifPresent(subject -> client.getInInterceptors().add(new AnswerSignerCheck(subject)));
        }
    }

    synchronized Map<String, Object> signingProperties() {
        if (signing == null) {
            String alias = required(config.keyAlias(), "MAGDA_WSS_KEY_ALIAS");
            char[] storePassword = config.keystorePassword().orElse("").toCharArray();
            String keyPassword = config.keyPassword().orElse(new String(storePassword));
            KeyStore keyStore = load(required(config.keystore(), "MAGDA_WSS_KEYSTORE"), storePassword);
            requireKey(keyStore, alias);
            Map<String, Object> p = new HashMap<>();
            p.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
            p.put(ConfigurationConstants.SIGNATURE_USER, alias);
            p.put(ConfigurationConstants.USER, alias);
            p.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference"); // the certificate travels as a BinarySecurityToken
            p.put(ConfigurationConstants.SIG_ALGO, WSS4JConstants.RSA_SHA256);
            p.put(ConfigurationConstants.SIG_DIGEST_ALGO, WSS4JConstants.SHA256);
            p.put(ConfigurationConstants.SIGNATURE_PARTS, SIGNED_PARTS);
            p.put(ConfigurationConstants.SIG_PROP_REF_ID, SIGNING_CRYPTO);
            p.put(SIGNING_CRYPTO, crypto(keyStore, null));
            p.put(ConfigurationConstants.PW_CALLBACK_REF, keyPassword(alias, keyPassword));
            signing = Map.copyOf(p);
        }
        return signing;
    }

    synchronized Map<String, Object> verifyingProperties() {
        if (verifying == null) {
            char[] password = config.truststorePassword().orElse("").toCharArray();
            KeyStore trustStore = load(required(config.truststore(), "MAGDA_WSS_TRUSTSTORE"), password);
            Map<String, Object> p = new HashMap<>();
            p.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
            p.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, VERIFYING_CRYPTO);
            p.put(VERIFYING_CRYPTO, crypto(null, trustStore));
            verifying = Map.copyOf(p);
        }
        return verifying;
    }

    /** The pinned subject of MAGDA's signing certificate; an invalid regular expression stops start-up. */
    Optional<Pattern> answerSubject() {
        return config.answerSubject().map(String::trim).filter(v -> !v.isEmpty()).map(regex -> {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("MAGDA_WSS_ANSWER_SUBJECT is not a valid regular expression: "
                        + e.getDescription(), e);
            }
        });
    }

    private static Crypto crypto(KeyStore keyStore, KeyStore trustStore) {
        Merlin merlin = new Merlin();
        merlin.setKeyStore(keyStore);
        merlin.setTrustStore(trustStore);
        return merlin;
    }

    /** Hands WSS4J the signing key's password, and nothing for any other alias. */
    private static CallbackHandler keyPassword(String alias, String password) {
        return callbacks -> {
            for (Callback callback : callbacks) {
                if (callback instanceof WSPasswordCallback pc && alias.equals(pc.getIdentifier())) {
                    pc.setPassword(password);
                }
            }
        };
    }

    static KeyStore load(String path, char[] password) {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            // The path is not secret; the password never appears here.
            throw new IllegalStateException("Cannot read the PKCS#12 store " + path + ": " + e.getMessage(), e);
        }
    }

    private static void requireKey(KeyStore keyStore, String alias) {
        try {
            if (!keyStore.isKeyEntry(alias)) {
                throw new IllegalStateException("MAGDA_WSS_KEYSTORE holds no private key under MAGDA_WSS_KEY_ALIAS " + alias);
            }
        } catch (KeyStoreException e) {
            throw new IllegalStateException("Cannot read MAGDA_WSS_KEYSTORE", e);
        }
    }

    private static String required(Optional<String> value, String variable) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException(variable + " must be set when MAGDA WS-Security is on"));
    }
}
