package com.magdagateway.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** The gateway's own log records of a test, each with the MDC it was logged with (request id, trace id). */
public final class CapturedLogs extends Handler {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    /** Starts capturing at the root logger. */
    public void start() {
        Logger.getLogger("").addHandler(this);
    }

    public void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    public List<ExtLogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext && record.getLoggerName().startsWith("com.magdagateway")) {
            ext.copyMdc(); // the MDC belongs to the logging thread: read it now, not when the test asserts
            records.add(ext);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
