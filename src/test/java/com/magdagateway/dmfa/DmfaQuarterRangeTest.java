package com.magdagateway.dmfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

class DmfaQuarterRangeTest {

    @Test
    void readsBothNotations() {
        assertThat(DmfaQuarter.parse("2023Q2")).contains(new DmfaQuarter(2023, 2));
        assertThat(DmfaQuarter.fromMagda("20232")).contains(new DmfaQuarter(2023, 2));
        assertThat(new DmfaQuarter(2023, 2)).hasToString("2023Q2");
        assertThat(DmfaQuarter.fromMagda("2023Q2")).isEmpty();
        assertThat(DmfaQuarter.fromMagda("20235")).isEmpty();
    }

    @Test
    void knowsTheQuarterOfADay() {
        assertThat(DmfaQuarter.of(LocalDate.of(2024, 3, 31))).isEqualTo(new DmfaQuarter(2024, 1));
        assertThat(DmfaQuarter.of(LocalDate.of(2024, 4, 1))).isEqualTo(new DmfaQuarter(2024, 2));
        assertThat(DmfaQuarter.of(LocalDate.of(2024, 12, 31))).isEqualTo(new DmfaQuarter(2024, 4));
    }

    @Test
    void absentOrBlankBoundsAreUnbounded() {
        assertThat(DmfaQuarterRange.parse(null, "")).isEqualTo(DmfaQuarterRange.UNBOUNDED);
    }

    @Test
    void aRangeIsInclusiveAndMayBeASingleQuarter() {
        DmfaQuarterRange range = DmfaQuarterRange.parse("2023Q4", "2024Q1");
        assertThat(range.contains(new DmfaQuarter(2023, 4))).isTrue();
        assertThat(range.contains(new DmfaQuarter(2024, 1))).isTrue();
        assertThat(range.contains(new DmfaQuarter(2023, 3))).isFalse();
        assertThat(range.contains(new DmfaQuarter(2024, 2))).isFalse();
        assertThat(DmfaQuarterRange.parse("2023Q2", "2023Q2").contains(new DmfaQuarter(2023, 2))).isTrue();
    }

    @Test
    void fromAfterToIsABadRequest() {
        assertThatThrownBy(() -> DmfaQuarterRange.parse("2024Q1", "2023Q4"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("'fromQuarter' must not be after 'toQuarter'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "20232", "2023Q0", "2023Q5", "2023q2", "2023-Q2", "23Q2", "Q2-2023", "2023Q22" })
    void anythingButYyyyQnIsABadRequest(String bad) {
        assertThatThrownBy(() -> DmfaQuarterRange.parse(bad, null)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.getMessage()).startsWith("'fromQuarter'"));
        assertThatThrownBy(() -> DmfaQuarterRange.parse(null, bad)).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                    assertThat(e.getMessage()).startsWith("'toQuarter'");
                });
    }
}
