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

    /** Masks the record's own copy of the MDC, never the thread's: later lines of the request keep their context. */
    private static void maskMdcAndNdc(ExtLogRecord record) {
        for (Map.Entry<String, String> entry : record.getMdcCopy().entrySet()) {
            if (containsInsz(entry.getValue())) {
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
