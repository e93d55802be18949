package com.magdagateway.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The date rules of registrations: they start today in Brussels and end two years after the effective date. */
public final class RegistrationPeriod {

    /** MAGDA works in Belgian local dates; a registration made at 00:30 in Brussels starts that day, not the UTC one. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Mutations keep flowing for two years after the employment ends (the domain's deregistration rule). */
    static final int YEARS_KEPT_AFTER_DEREGISTRATION = 2;

    private RegistrationPeriod() {
    }

    /** The start of a new registration: today's date in Brussels. */
    public static LocalDate startToday() {
        return today(Clock.systemUTC());
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }

    /** The end of a deregistered registration; a 29 February effective date ends on 28 February. */
    public static LocalDate endDateAfter(LocalDate effectiveDate) {
        return effectiveDate.plusYears(YEARS_KEPT_AFTER_DEREGISTRATION);
    }
}
