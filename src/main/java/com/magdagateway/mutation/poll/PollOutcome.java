package com.magdagateway.mutation.poll;

/**
 * What one poll did: {@code PAGE} stored a page and advanced the receipt, {@code NOTHING_FURTHER} found nothing new
 * (30016), {@code BUSY} left it to the replica holding the lock, {@code FAILED} changed nothing (see {@code failure}).
 */
public record PollOutcome(Kind kind, int imported, int known, int rejected, String magdaReference, String failure) {

    /** The four ways a poll can end. */
    public enum Kind {
        PAGE, NOTHING_FURTHER, BUSY, FAILED
    }

    static PollOutcome nothingFurther(String magdaReference) {
        return new PollOutcome(Kind.NOTHING_FURTHER, 0, 0, 0, magdaReference, null);
    }

    static PollOutcome busy() {
        return new PollOutcome(Kind.BUSY, 0, 0, 0, null, null);
    }

    static PollOutcome failed(String failure) {
        return new PollOutcome(Kind.FAILED, 0, 0, 0, null, failure);
    }
}
