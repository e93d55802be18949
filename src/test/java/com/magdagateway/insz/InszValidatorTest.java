package com.magdagateway.insz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

class InszValidatorTest {

    /** Builds a number with correct check digits for the century it is meant for. */
    static String withCheck(String first9, boolean bornFrom2000) {
        long base = Long.parseLong(first9) + (bornFrom2000 ? 2_000_000_000L : 0);
        return first9 + String.format("%02d", 97 - base % 97);
    }

    @Test
    void acceptsNationalNumberBornInThe1900s() {
        Insz insz = InszValidator.parse(withCheck("850115123", false), false);
        assertThat(insz.kind()).isEqualTo(Insz.Kind.NATIONAL_REGISTER);
        assertThat(insz.value()).isEqualTo("85011512355");
    }

    @Test
    void acceptsNationalNumberBornFrom2000WithTheTwoPrefix() {
        String number = withCheck("050115123", true);
        assertThat(InszValidator.parse(number, false).kind()).isEqualTo(Insz.Kind.NATIONAL_REGISTER);
        // The same digits checked as a 1900s number must not pass: proves the 2000 rule is really applied.
        assertThat(number).isNotEqualTo(withCheck("050115123", false));
    }

    @Test
    void acceptsMonthZeroForUnknownBirthDate() {
        assertThat(InszValidator.parse(withCheck("400000123", false), false).kind())
                .isEqualTo(Insz.Kind.NATIONAL_REGISTER);
    }

    @ParameterizedTest
    @ValueSource(strings = { "20", "25", "32", "40", "46", "52" })
    void acceptsBisMonths(String month) {
        Insz insz = InszValidator.parse(withCheck("85" + month + "15123", false), false);
        assertThat(insz.isBis()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "60", "61", "72" })
    void acceptsTestNumbersOnlyWhenAllowed(String month) {
        String number = withCheck("85" + month + "15123", false);
        assertThat(InszValidator.parse(number, true).kind()).isEqualTo(Insz.Kind.TEST);
        assertInvalid(() -> InszValidator.parse(number, false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "13", "19", "33", "39", "53", "59", "73", "99" })
    void rejectsImpossibleMonths(String month) {
        assertInvalid(() -> InszValidator.parse(withCheck("85" + month + "15123", false), true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "8501151235", "850115123550", "8501151235a", "85011512-55", " 8501151235", "８５０１１５１２３５５" })
    void rejectsWrongLengthOrNonDigits(String raw) {
        assertInvalid(() -> InszValidator.parse(raw, true));
    }

    @Test
    void rejectsNull() {
        assertInvalid(() -> InszValidator.parse(null, true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "85011512354", "85011512356", "85011512300", "05011512399" })
    void rejectsBadCheckDigitsInBothCenturies(String raw) {
        assertInvalid(() -> InszValidator.parse(raw, true));
    }

    @Test
    void masksForLogs() {
        assertThat(InszValidator.parse("85011512355", false).toString()).isEqualTo("85*******55");
        assertThat(Insz.mask("85011512355")).doesNotContain("011512");
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INSZ_INVALID));
    }
}
