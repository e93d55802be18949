package com.magdagateway.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The trace id of the span current on this thread or request, for problems; null when there is no valid trace. */
public final class TraceIds {

    private TraceIds() {
    }

    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
