package com.magdagateway.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * A safety net under every log handler: any eleven-digit run (an INSZ, whoever logged it) is masked to its first
 * and last two digits before the line is written. The gateway's own code never logs an INSZ; libraries might.
 */
@LoggingFilter(name = "insz-mask")
public final class InszMaskingFilter implements Filter {

    private static final Pattern INSZ = Pattern.compile("(?<!\\d)(\\d{2})\\d{7}(\\d{2})(?!\\d)");

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (message != null && INSZ.matcher(message).find()) {
            record.setMessage(mask(message));
            record.setParameters(null);
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(mask(message), ExtLogRecord.FormatStyle.NO_FORMAT);
            }
        }
        return true;
    }

    static String mask(String text) {
        return INSZ.matcher(text).replaceAll("$1*******$2");
    }
}
