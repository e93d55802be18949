package com.magdagateway.magda.security;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Key material generated at test time with the running JDK's keytool: nothing secret is ever committed. */
final class ThrowawayKeys {

    /** Protects nothing of value: the keys live in a temporary directory for one test run. */
    static final String PASSWORD = "throwaway";
    /** Our signing and TLS client identity, trusted by the endpoints. */
    static final String GATEWAY = "gateway";
    /** A well-formed identity nobody trusts (its certificate even names localhost, so only trust is wrong). */
    static final String ROGUE = "rogue";
    /** The simulated MAGDA: TLS server certificate for localhost, and the key that signs its answers. */
    static final String MAGDA = "magda";
    /**
     * Trusted by the gateway like MAGDA, but someone else: its certificate names another host and another subject
     * (wrong host name over TLS; refused signer of answers when the subject is pinned).
     */
    static final String OTHER = "other";

    final Path dir;

    private ThrowawayKeys(Path dir) {
        this.dir = dir;
    }

    static ThrowawayKeys generate() {
        try {
            ThrowawayKeys keys = new ThrowawayKeys(Files.createTempDirectory("magda-security-"));
            keys.keyPair(GATEWAY, null);
            keys.keyPair(ROGUE, "SAN=dns:localhost,ip:127.0.0.1");
            keys.keyPair(MAGDA, "SAN=dns:localhost,ip:127.0.0.1");
            keys.keyPair(OTHER, "SAN=dns:other.magda-gateway.test");
            keys.truststore("trusts-gateway", GATEWAY);
            keys.truststore("trusts-magda", MAGDA, OTHER);
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate throwaway keys", e);
        }
    }

    /** The keys generated earlier in this JVM (the test resource and the test may see different class loaders). */
    static ThrowawayKeys at(Path dir) {
        return new ThrowawayKeys(dir);
    }

    Path keystore(String alias) {
        return dir.resolve(alias + ".p12");
    }

    Path truststore(String trusting) {
        return dir.resolve("trusts-" + trusting + ".p12");
    }

    KeyStore load(Path store) {
        return MagdaWsSecurity.load(store.toString(), PASSWORD.toCharArray());
    }

    private void keyPair(String alias, String extension) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-validity", "2",
                "-dname", "CN=" + alias + ".magda-gateway.test", "-storetype", "PKCS12",
                "-keystore", keystore(alias).toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (extension != null) {
            command.addAll(List.of("-ext", extension));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + new String(process.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A PKCS#12 truststore holding only the certificates of {@code aliases}. */
    private void truststore(String name, String... aliases) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String alias : aliases) {
            Certificate certificate = load(keystore(alias)).getCertificate(alias);
            trust.setCertificateEntry(alias, certificate);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".p12"))) {
            trust.store(out, PASSWORD.toCharArray());
        }
    }
}
