package com.magdagateway.insz;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A validated INSZ: a national register number, a BIS number or (where allowed) a MAGDA TST number.
 * {@link #toString()} is masked so that an INSZ cannot slip into a log line by accident.
 */
@Schema(hidden = true) // documented as the shared path parameter "insz", a string of 11 digits
public final class Insz {

    /** Which register the number belongs to, read from its month field. */
    public enum Kind {
        NATIONAL_REGISTER, BIS, TEST
    }

    private final String value;
    private final Kind kind;

    Insz(String value, Kind kind) {
        this.value = value;
        this.kind = kind;
    }

    /** The 11 digits, for MAGDA requests and the audit log only. */
    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isBis() {
        return kind == Kind.BIS;
    }

    /** Masked form for logs: the first two and last two digits stay, e.g. {@code 85*******33}. */
    public static String mask(String raw) {
        if (raw == null || raw.length() < 5) {
            return "***";
        }
        return raw.substring(0, 2) + "*".repeat(raw.length() - 4) + raw.substring(raw.length() - 2);
    }

    @Override
    public String toString() {
        return mask(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Insz insz && insz.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
