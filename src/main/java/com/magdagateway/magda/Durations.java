package com.magdagateway.magda;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Parses durations written either as ISO-8601 ({@code PT2S}) or as plain milliseconds ({@code 2000}). */
public final class Durations {

    private Durations() {
    }

    public static Duration parse(String text) {
        String value = text.trim();
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            return Duration.ofMillis(Long.parseLong(value));
        }
        try {
            return Duration.parse(value.toUpperCase());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 duration nor milliseconds: " + text, e);
        }
    }
}
