package com.magdagateway.magda;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/** Which failures count against a service's circuit breaker: MAGDA being unwell, never MAGDA answering. */
class MagdaGuardsTest {

    private static GatewayException fout(String code) {
        MagdaMessage message = new MagdaMessage(code, "MAGDA", MagdaMessage.Severity.ERROR, "diagnose");
        return new GatewayException(UitzonderingClassifier.classify(code), "MAGDA answered " + code, message);
    }

    @ParameterizedTest
    @CsvSource({ "40001, MAGDA_ACCESS_DENIED", "40005, MAGDA_ACCESS_DENIED", "40006, MAGDA_ACCESS_DENIED",
            "20005, BACKEND_ERROR", "50000, BACKEND_ERROR", "12345, BACKEND_ERROR", "40003, PERSON_NOT_REGISTERED",
            "30001, PERSON_NOT_FOUND" })
    void answersOfAWorkingMagdaDoNotCount(String code, ErrorCode expected) {
        assertThat(fout(code).code()).isEqualTo(expected);
        assertThat(MagdaGuards.countsAgainstBreaker(fout(code))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "99995", "99996", "99997", "60006", "60010" })
    void magdaSayingItIsUnwellCounts(String code) {
        assertThat(MagdaGuards.countsAgainstBreaker(fout(code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "BACKEND_ERROR", "BACKEND_UNAVAILABLE", "BACKEND_TIMEOUT" })
    void transportFailuresAndUnreadableAnswersCount(ErrorCode code) {
        assertThat(MagdaGuards.countsAgainstBreaker(new GatewayException(code, "no Uitzondering behind it"))).isTrue();
        assertThat(MagdaGuards.countsAgainstBreaker(new TimeoutException())).isTrue();
    }
}
