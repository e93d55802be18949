package com.magdagateway.tracing;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.logging.InszMaskingFilter;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Masks any eleven-digit run (an INSZ) in a span's name and string attributes as the span starts, the way the log
 * filter does: the automatic server span records the request path ({@code url.path}, {@code /api/v1/persons/<insz>})
 * and query, which name the person. Attributes set later are the gateway's own and carry no INSZ; span events, which
 * could quote exception messages, are switched off in the configuration ({@code quarkus.otel.span.event.count.limit}).
 */
@ApplicationScoped
public class InszMaskingSpanProcessor implements SpanProcessor {

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        if (InszMaskingFilter.containsInsz(span.getName())) {
            span.updateName(InszMaskingFilter.mask(span.getName()));
        }
        span.getAttributes().forEach((key, value) -> {
            if (value instanceof String text && InszMaskingFilter.containsInsz(text)) {
                @SuppressWarnings("unchecked")
                AttributeKey<String> textKey = (AttributeKey<String>) key;
                span.setAttribute(textKey, InszMaskingFilter.mask(text));
            }
        });
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
