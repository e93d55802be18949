package com.magdagateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationPeriodTest {

    @ParameterizedTest(name = "{0} + 2 years = {1}")
    @CsvSource({ "2024-02-29,2026-02-28", "2023-01-31,2025-01-31", "2024-12-31,2026-12-31", "2022-02-28,2024-02-28",
            "2026-01-01,2028-01-01" })
    void deregistrationEndsTwoCalendarYearsAfterTheEffectiveDate(LocalDate effective, LocalDate end) {
        assertThat(RegistrationPeriod.endDateAfter(effective)).isEqualTo(end);
    }

    @Test
    void registrationStartsOnTheBrusselsDateNotTheUtcOne() {
        // 30 March 2024, 23:30 UTC is already 31 March, 00:30 in Brussels (UTC+1 until the switch at 01:00 UTC).
        Clock lateEvening = Clock.fixed(Instant.parse("2024-03-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(RegistrationPeriod.today(lateEvening)).isEqualTo(LocalDate.of(2024, 3, 31));
        // In summer time Brussels is UTC+2: 22:30 UTC is 00:30 the next day.
        Clock summerNight = Clock.fixed(Instant.parse("2024-07-14T22:30:00Z"), ZoneOffset.UTC);
        assertThat(RegistrationPeriod.today(summerNight)).isEqualTo(LocalDate.of(2024, 7, 15));
    }
}
