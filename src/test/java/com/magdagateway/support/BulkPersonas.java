package com.magdagateway.support;

import java.util.ArrayList;
import java.util.List;

/** The simulated MAGDA's bulk personas (wiremock persoon/bulk.json): TST numbers 9561…, each a plain person. */
public final class BulkPersonas {

    private BulkPersonas() {
    }

    /** The first {@code count} bulk personas, distinct and with valid check digits (born 1995, TST month 61). */
    public static List<String> first(int count) {
        List<String> insz = new ArrayList<>(count);
        for (int i = 0; insz.size() < count; i++) {
            int day = 1 + i / 998;
            int serial = 1 + i % 998;
            String nine = String.format("9561%02d%03d", day, serial);
            insz.add(nine + String.format("%02d", 97 - Long.parseLong(nine) % 97));
        }
        return insz;
    }
}
