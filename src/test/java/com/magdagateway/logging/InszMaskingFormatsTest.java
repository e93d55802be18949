package com.magdagateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;
import org.jboss.logmanager.NDC;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.formatters.StructuredFormatter.ExceptionOutputType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.json.runtime.JsonFormatter;

/**
 * An INSZ that reaches a log record anywhere (message, MDC, NDC, exception message, cause, suppressed exception)
 * leaves no eleven-digit run in what the console writes, in the plain format and with {@code LOG_JSON=true}.
 */
class InszMaskingFormatsTest {

    private static final String INSZ = "85611512387";
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    @AfterEach
    void clearContext() {
        MDC.clear();
        NDC.clear();
    }

    @Test
    void plainConsoleFormatShowsNoInsz() {
        // The configured console format, plus every MDC value (%X) and the NDC (%x).
        String line = filteredAndFormatted(new PatternFormatter(configuredConsoleFormat() + " mdc=%X ndc=%x"));
        assertThat(line).contains("IllegalStateException: lookup of 85*******87 failed")
                .contains("Caused by: java.io.IOException: peer refused 85*******87")
                .contains("Suppressed: java.lang.RuntimeException: cleanup for 85*******87")
                .contains("insz=85*******87").contains("ndc=case 85*******87")
                .contains("InszMaskingFormatsTest.failure"); // the stack frames survive
        assertThat(ELEVEN_DIGITS.matcher(line).find()).as(line).isFalse();
    }

    @Test
    void jsonConsoleFormatShowsNoInsz() {
        JsonFormatter json = new JsonFormatter();
        json.setPrintDetails(true);
        json.setExceptionOutputType(ExceptionOutputType.DETAILED_AND_FORMATTED);
        String line = filteredAndFormatted(json);
        assertThat(line).contains("lookup of 85*******87 failed").contains("peer refused 85*******87")
                .contains("cleanup for 85*******87").contains("\"insz\":\"85*******87\"").contains("case 85*******87");
        assertThat(ELEVEN_DIGITS.matcher(line).find()).as(line).isFalse();
    }

    @Test
    void theThreadsOwnContextIsLeftIntact() {
        filteredAndFormatted(new PatternFormatter("%s"));
        assertThat(MDC.get("insz")).isEqualTo(INSZ);
    }

    @Test
    void exceptionsWithoutAnInszAreLoggedAsThrown() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "MAGDA call failed", getClass().getName());
        IllegalStateException thrown = new IllegalStateException("timeout after 4000 ms");
        record.setThrown(thrown);
        new InszMaskingFilter().isLoggable(record);
        assertThat(record.getThrown()).isSameAs(thrown);
    }

    private String filteredAndFormatted(Formatter formatter) {
        MDC.put("requestId", "req-1");
        MDC.put("insz", INSZ);
        NDC.push("case " + INSZ);
        ExtLogRecord record = new ExtLogRecord(org.jboss.logmanager.Level.ERROR, "lookup of %s failed", ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        record.setParameters(new Object[] { INSZ });
        record.setLoggerName("com.magdagateway.person.PersonService");
        record.setThrown(failure());
        assertThat(new InszMaskingFilter().isLoggable(record)).isTrue();
        return formatter.format(record);
    }

    private static Throwable failure() {
        IllegalStateException failure = new IllegalStateException("lookup of " + INSZ + " failed",
                new IOException("peer refused " + INSZ));
        failure.addSuppressed(new RuntimeException("cleanup for " + INSZ));
        return failure;
    }

    private static String configuredConsoleFormat() {
        Properties properties = new Properties();
        try (InputStream in = InszMaskingFormatsTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("quarkus.log.console.format");
    }
}
