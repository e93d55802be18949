package com.magdagateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bucket's arithmetic, on a clock the test moves by hand. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketAllowsTheBurstThenSaysWhenTheNextTokenIsDue() {
        TokenBucket bucket = new TokenBucket();
        Limits limits = new Limits(2, 3, 1);
        long now = 42 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.take(now, limits)).as("request %d of the burst", i + 1).isZero();
        }
        assertThat(bucket.take(now, limits)).as("wait for the next token at 2 per second").isEqualTo(SECOND / 2);
        assertThat(bucket.take(now + SECOND / 4, limits)).as("a quarter second later").isEqualTo(SECOND / 4);
        assertThat(bucket.take(now + SECOND / 2, limits)).as("the token is due").isZero();
    }

    @Test
    void refillsAtTheRateButNeverBeyondTheBurst() {
        TokenBucket bucket = new TokenBucket();
        Limits limits = new Limits(10, 5, 1);
        long now = 0;
        for (int i = 0; i < 5; i++) {
            bucket.take(now, limits);
        }
        now += 60 * SECOND; // a minute idle refills 600 tokens' worth, but the bucket holds 5
        int taken = 0;
        while (bucket.take(now, limits) == 0) {
            taken++;
        }
        assertThat(taken).isEqualTo(5);
    }

    @Test
    void aLoweredLimitAppliesToTheNextRequest() {
        TokenBucket bucket = new TokenBucket();
        bucket.take(0, new Limits(100, 100, 1));
        Limits lowered = new Limits(1, 2, 1);
        assertThat(bucket.take(0, lowered)).as("99 tokens left, clipped to the new burst of 2").isZero();
        assertThat(bucket.take(0, lowered)).isZero();
        assertThat(bucket.take(0, lowered)).isEqualTo(SECOND);
    }
}
