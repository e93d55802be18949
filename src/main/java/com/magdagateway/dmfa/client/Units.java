package com.magdagateway.dmfa.client;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * DmfA's fixed-point numbers: days and hours in hundredths, amounts in euro cents, some wages in thousandths of a
 * euro. Read as decimals; a value that is not a plain number is unknown (null), never a reason to fail the call.
 */
final class Units {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private Units() {
    }

    /** Hundredths, e.g. {@code 3800} hours → 38.00. */
    static BigDecimal hundredths(String value) {
        return scaled(value, 2);
    }

    /** Euro cents, e.g. {@code 975000} → 9750.00 euros. */
    static BigDecimal cents(String value) {
        return scaled(value, 2);
    }

    /** Thousandths of a euro, e.g. {@code 15125} → 15.125 euros. */
    static BigDecimal thousandths(String value) {
        return scaled(value, 3);
    }

    /** A plain count (days, minutes). */
    static Integer count(String value) {
        String text = GeefDmfaVoorWerknemerClient.trim(value);
        return text != null && text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
    }

    private static BigDecimal scaled(String value, int decimals) {
        String text = GeefDmfaVoorWerknemerClient.trim(value);
        return text != null && DIGITS.matcher(text).matches() ? new BigDecimal(text).movePointLeft(decimals) : null;
    }
}
