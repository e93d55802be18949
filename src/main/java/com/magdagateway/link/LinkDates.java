package com.magdagateway.link;

import java.time.LocalDate;
import java.time.ZoneId;

/** The dates of the link rules: today is a Brussels date, and a link's tail lasts two years after its end. */
public final class LinkDates {

    /** MAGDA and the HR rules work in Belgian local dates. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Mutations keep flowing for two years after the employment ends (the domain's deregistration rule). */
    static final int TAIL_YEARS = 2;

    private LinkDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(BRUSSELS);
    }

    /** The end of the two-year tail after {@code endDate}; a 29 February end gives 28 February. */
    public static LocalDate tailEnd(LocalDate endDate) {
        return endDate.plusYears(TAIL_YEARS);
    }
}
