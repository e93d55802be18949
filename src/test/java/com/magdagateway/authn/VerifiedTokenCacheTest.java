package com.magdagateway.authn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/** A token is verified once and then served from memory, but never past its expiry and never when it failed. */
class VerifiedTokenCacheTest {

    private final CountingVerifier verifier = new CountingVerifier();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier);

    @Test
    void aVerifiedTokenIsNotVerifiedAgainWhileItIsValid() throws ParseException {
        verifier.expiresIn = 300;
        JsonWebToken first = cache.parse("token-a");
        JsonWebToken second = cache.parse("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifier.calls).hasValue(1);
        cache.parse("token-b");
        assertThat(verifier.calls).as("another token text is verified on its own").hasValue(2);
    }

    @Test
    void anExpiredTokenIsVerifiedEveryTime() throws ParseException {
        verifier.expiresIn = -1; // past its expiry, yet accepted by the verifier's clock skew
        cache.parse("token-c");
        cache.parse("token-c");

        assertThat(verifier.calls).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        verifier.refuse = true;
        assertThatThrownBy(() -> cache.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse("forged")).isInstanceOf(ParseException.class);

        assertThat(verifier.calls).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void memoryStaysBoundedWhateverCallersSend() throws ParseException {
        verifier.expiresIn = 300;
        for (int i = 0; i <= VerifiedTokenCache.MAX_TOKENS + 10; i++) {
            cache.parse("token-" + i);
        }
        assertThat(cache.size()).isBetween(1, VerifiedTokenCache.MAX_TOKENS);
    }

    /** Stands in for signature verification: counts calls, answers tokens expiring {@code expiresIn} s from now. */
    static final class CountingVerifier extends DefaultJWTParser {
        final AtomicInteger calls = new AtomicInteger();
        volatile long expiresIn = 300;
        volatile boolean refuse;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.incrementAndGet();
            if (refuse) {
                throw new ParseException("signature does not verify");
            }
            return new Token(token, System.currentTimeMillis() / 1000 + expiresIn);
        }
    }

    private record Token(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp", "sub");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return (T) Map.<String, Object> of("exp", exp, "sub", name).get(claim);
        }
    }
}
