package com.magdagateway.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for a logged exception whose text carried an INSZ: same class name, stack trace, causes and suppressed
 * exceptions, with every message masked. Exceptions cannot be edited in place, so the log line gets this copy.
 */
final class MaskedThrowable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String originalClass;
    private final String maskedMessage;

    private MaskedThrowable(Throwable original) {
        super(InszMaskingFilter.mask(original.getMessage()));
        this.originalClass = original.getClass().getName();
        this.maskedMessage = InszMaskingFilter.mask(original.getLocalizedMessage());
        setStackTrace(original.getStackTrace());
    }

    /** Whether any message in the exception's cause chain or among its suppressed exceptions holds an INSZ. */
    static boolean needsMasking(Throwable thrown) {
        return needsMasking(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean needsMasking(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (InszMaskingFilter.containsInsz(t.getMessage()) || InszMaskingFilter.containsInsz(t.getLocalizedMessage())
                || InszMaskingFilter.containsInsz(t.toString())) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (needsMasking(suppressed, seen)) {
                return true;
            }
        }
        return needsMasking(t.getCause(), seen);
    }

    /** A masked copy of the whole exception graph (cycles kept as cycles). */
    static Throwable of(Throwable thrown) {
        return copy(thrown, new IdentityHashMap<>());
    }

    private static Throwable copy(Throwable original, Map<Throwable, MaskedThrowable> copies) {
        MaskedThrowable existing = copies.get(original);
        if (existing != null) {
            return existing;
        }
        MaskedThrowable copy = new MaskedThrowable(original);
        copies.put(original, copy);
        if (original.getCause() != null && original.getCause() != original) {
            copy.initCause(copy(original.getCause(), copies));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            Throwable masked = copy(suppressed, copies);
            if (masked != copy) { // a throwable cannot suppress itself
                copy.addSuppressed(masked);
            }
        }
        return copy;
    }

    /** The original class name, so that the line reads as the original exception would. */
    String originalClass() {
        return originalClass;
    }

    @Override
    public String getLocalizedMessage() {
        return maskedMessage;
    }

    @Override
    public String toString() {
        return maskedMessage == null ? originalClass : originalClass + ": " + maskedMessage;
    }
}
