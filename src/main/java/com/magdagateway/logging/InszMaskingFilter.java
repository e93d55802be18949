package com.magdagateway.logging;

import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * A safety net under every log handler: any eleven-digit run (an INSZ, whoever logged it) is masked to its first
 * and last two digits before the line is written, in the message, the MDC, the NDC and the logged exception (its
 * messages, causes and suppressed exceptions). The gateway's own code never logs an INSZ; libraries might.
 */
@LoggingFilter(name = "insz-mask")
public final class InszMaskingFilter implements Filter {

    /** The MDC keys under which Quarkus' OpenTelemetry puts the current trace and span ids. */
    private static final java.util.Set<String> TRACE_KEYS = java.util.Set.of("traceId", "spanId", "parentId");
    private static final Pattern INSZ = Pattern.compile("(?<!\\d)(\\d{2})\\d{7}(\\d{2})(?!\\d)");

    @Override
    public boolean isLoggable(LogRecord record) {
        maskMessage(record);
        if (record.getThrown() != null && MaskedThrowable.needsMasking(record.getThrown())) {
            record.setThrown(MaskedThrowable.of(record.getThrown()));
        }
        if (record instanceof ExtLogRecord ext) {
            maskMdcAndNdc(ext);
        }
        return true;
    }

    private static void maskMessage(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (containsInsz(message)) {
            record.setMessage(mask(message));
            record.setParameters(null);
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(mask(message), ExtLogRecord.FormatStyle.NO_FORMAT);
            }
        }
    }

    /**
     * Masks the record's own copy of the MDC, never the thread's: later lines of the request keep their context. The
     * W3C trace and span ids are left alone: random hex, they hold an eleven-digit run every few dozen requests, and
     * a masked id finds no trace; a caller's ids that could be an INSZ are not continued (tracing/InszFreeTraceparent).
     */
    private static void maskMdcAndNdc(ExtLogRecord record) {
        for (Map.Entry<String, String> entry : record.getMdcCopy().entrySet()) {
            if (!TRACE_KEYS.contains(entry.getKey()) && containsInsz(entry.getValue())) {
                record.putMdc(entry.getKey(), mask(entry.getValue()));
            }
        }
        if (containsInsz(record.getNdc())) {
            record.setNdc(mask(record.getNdc()));
        }
    }

    public static boolean containsInsz(String text) {
        return text != null && INSZ.matcher(text).find();
    }

    public static String mask(String text) {
        return text == null ? null : INSZ.matcher(text).replaceAll("$1*******$2");
    }
}
