package com.magdagateway.insz;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Random UUIDs that never hold eleven digits in a row, for every id the gateway makes up (request ids, MAGDA
 * references, batch ids): about one random UUID in 150 would, its last group looking like an INSZ to the log
 * masking, to span checks and to any scanner an operator runs over logs and traces.
 */
public final class InszFreeUuids {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{11}");

    private InszFreeUuids() {
    }

    /** A version-4 UUID, drawn again while it holds an eleven-digit run. */
    public static UUID random() {
        UUID id = UUID.randomUUID();
        while (mayBeInsz(id.toString())) {
            id = UUID.randomUUID();
        }
        return id;
    }

    /** The same, as the text MAGDA and the audit log carry. */
    public static String randomText() {
        return random().toString();
    }

    /** Whether some id or header value holds an eleven-digit run. */
    public static boolean mayBeInsz(String text) {
        return DIGIT_RUN.matcher(text).find();
    }
}
