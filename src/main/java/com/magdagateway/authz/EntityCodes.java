package com.magdagateway.authz;

import java.util.Locale;

/** Entity codes are case-insensitive: one spelling, trimmed and upper-case, everywhere (the database insists too). */
public final class EntityCodes {

    private EntityCodes() {
    }

    /** {@code " vutg "} becomes {@code VUTG}; null stays null. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
