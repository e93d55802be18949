package com.magdagateway.support;

import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * The spans the gateway ends, as an OTLP collector would receive them, kept in memory while a test records: a span
 * processor bean (Quarkus adds every one to the tracer), exporting synchronously to an {@link InMemorySpanExporter}.
 * Off by default, so the rest of the suite does not fill the heap.
 */
@Singleton
public class RecordedSpans implements SpanProcessor {

    private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();
    private static final SpanProcessor EXPORTING = SimpleSpanProcessor.create(EXPORTER);
    private static volatile boolean recording;

    public static void start() {
        EXPORTER.reset();
        recording = true;
    }

    public static void stop() {
        recording = false;
        EXPORTER.reset();
    }

    public static List<SpanData> all() {
        return EXPORTER.getFinishedSpanItems();
    }

    public static List<SpanData> ofTrace(String traceId) {
        return all().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        if (recording) {
            EXPORTING.onEnd(span);
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }
}
