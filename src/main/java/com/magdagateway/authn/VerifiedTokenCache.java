package com.magdagateway.authn;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Remembers tokens already verified, until they expire, so that a calling application's token is parsed and its
 * signature checked once rather than on every request (an HR system sends the same token for minutes).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    /** Enough for every calling application's current token many times over; a full cache starts afresh. */
    static final int MAX_TOKENS = 4096;

    private final DefaultJWTParser verifier;
    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(DefaultJWTParser verifier) {
        this.verifier = verifier;
    }

    /**
     * The path every request's bearer token takes. A hit is the identical token text whose signature, issuer and
     * audience were verified before; it is served only while strictly unexpired (no clock-skew allowance), so a
     * cached answer is never more lenient than a fresh verification.
     */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null && !expired(known)) {
            return known;
        }
        if (known != null) {
            verified.remove(token);
        }
        JsonWebToken fresh = verifier.parse(token);
        if (!expired(fresh)) {
            if (verified.size() >= MAX_TOKENS) {
                verified.clear(); // bounded memory whatever callers send; the next requests re-verify
            }
            verified.put(token, fresh);
        }
        return fresh;
    }

    /** Without an expiry (or past it, inside the verifier's clock skew) a token is never cached. */
    private static boolean expired(JsonWebToken token) {
        long expiresAt = token.getExpirationTime();
        return expiresAt <= 0 || expiresAt <= System.currentTimeMillis() / 1000;
    }

    int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
