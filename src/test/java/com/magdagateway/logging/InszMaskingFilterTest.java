package com.magdagateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class InszMaskingFilterTest {

    @Test
    void masksAnInszWhereverItAppears() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "lookup of %s failed at %s", ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        record.setParameters(new Object[] { "85611512387", "/api/v1/persons/85611512387/household" });
        assertThat(new InszMaskingFilter().isLoggable(record)).isTrue();
        assertThat(record.getFormattedMessage())
                .isEqualTo("lookup of 85*******87 failed at /api/v1/persons/85*******87/household")
                .doesNotContain("611512");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(InszMaskingFilter.mask("took 1234 ms, id 123456789012, port 8080")).isEqualTo(
                "took 1234 ms, id 123456789012, port 8080");
    }

    /** A random W3C trace id holds an eleven-digit run every few dozen requests: masked, it would find no trace. */
    @Test
    void leavesTraceAndSpanIdsAloneButMasksTheRestOfTheMdc() {
        String traceId = "4bf92f3577b34da6a38561151238726e";
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "done", getClass().getName());
        record.putMdc("traceId", traceId);
        record.putMdc("spanId", "a12345678901b2c3");
        record.putMdc("requestId", "req-85611512387");
        assertThat(new InszMaskingFilter().isLoggable(record)).isTrue();
        assertThat(record.getMdc("traceId")).isEqualTo(traceId);
        assertThat(record.getMdc("spanId")).isEqualTo("a12345678901b2c3");
        assertThat(record.getMdc("requestId")).isEqualTo("req-85*******87");
    }
}
