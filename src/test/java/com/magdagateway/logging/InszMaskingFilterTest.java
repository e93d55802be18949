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
}
