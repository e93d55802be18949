package com.magdagateway.dmfa;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter: written {@code 2023Q2} in our API and {@code 20232} by MAGDA. */
public record DmfaQuarter(int year, int quarter) implements Comparable<DmfaQuarter> {

    private static final Pattern API = Pattern.compile("([12]\\d{3})Q([1-4])");
    private static final Pattern MAGDA = Pattern.compile("([12]\\d{3})([1-4])");

    /** The API notation {@code YYYYQn}, or empty when the text is anything else. */
    public static Optional<DmfaQuarter> parse(String text) {
        return match(API, text);
    }

    /** MAGDA's notation {@code YYYYQ} ({@code 20232} is 2023 Q2), or empty when MAGDA sent anything else. */
    public static Optional<DmfaQuarter> fromMagda(String text) {
        return match(MAGDA, text);
    }

    public static DmfaQuarter of(LocalDate day) {
        return new DmfaQuarter(day.getYear(), (day.getMonthValue() + 2) / 3);
    }

    @Override
    public int compareTo(DmfaQuarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    public boolean isAfter(DmfaQuarter other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }

    private static Optional<DmfaQuarter> match(Pattern pattern, String text) {
        Matcher m = text == null ? null : pattern.matcher(text.strip());
        return m != null && m.matches()
                ? Optional.of(new DmfaQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }
}
