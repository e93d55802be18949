package com.magdagateway.dimona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

class DimonaPeriodTest {

    @Test
    void absentOrBlankBoundsAreUnbounded() {
        assertThat(DimonaPeriod.parse(null, " ")).isEqualTo(DimonaPeriod.UNBOUNDED);
    }

    @Test
    void parsesIsoDatesAndAllowsASingleDay() {
        assertThat(DimonaPeriod.parse("2023-05-20", "2023-05-20"))
                .isEqualTo(new DimonaPeriod(LocalDate.of(2023, 5, 20), LocalDate.of(2023, 5, 20)));
    }

    @Test
    void fromAfterToIsABadRequest() {
        assertThatThrownBy(() -> DimonaPeriod.parse("2023-12-31", "2023-01-01"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("'from' must not be after 'to'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023-02-30", "2023-13-01", "01/02/2023", "2023-1-5", "+12345-01-01", "yesterday",
            "2023-01-01T00:00" })
    void anythingButAnIsoDateIsABadRequest(String bad) {
        assertThatThrownBy(() -> DimonaPeriod.parse(bad, null)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
        assertThatThrownBy(() -> DimonaPeriod.parse(null, bad)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.getMessage()).startsWith("'to'"));
    }

    @Test
    void overlapIsInclusiveAndAMissingEndIsOpen() {
        DimonaPeriod year = DimonaPeriod.parse("2023-01-01", "2023-12-31");
        assertThat(year.overlaps("2022-01-01", "2023-01-01")).isTrue();
        assertThat(year.overlaps("2022-01-01", "2022-12-31")).isFalse();
        assertThat(year.overlaps("2023-12-31", null)).isTrue();
        assertThat(year.overlaps("2024-01-01", null)).isFalse();
        assertThat(year.overlaps("2020-01-01", null)).isTrue();
    }
}
