package com.magdagateway.tracing;

import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

/**
 * Traces start at requests: a span without a parent is recorded only when it is a request's server span. Background
 * work (the batch poller every poll, sweeps, gauges, batch items) would otherwise open a trace per database query;
 * its spans are dropped, as are all spans of a trace whose caller chose not to sample it ({@code traceparent} flag
 * 00). Quarkus still drops its own /q/* endpoints on top of this. Trace ids exist either way.
 */
@Singleton
public class RequestSampler implements Sampler {

    private static final Sampler PARENT_BASED = Sampler.parentBased(Sampler.alwaysOn());

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind != SpanKind.SERVER && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return PARENT_BASED.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "RequestSampler{" + PARENT_BASED.getDescription() + "}";
    }
}
