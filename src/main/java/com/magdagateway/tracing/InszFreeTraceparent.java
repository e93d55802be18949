package com.magdagateway.tracing;

import java.util.Collection;

import jakarta.inject.Singleton;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.quarkus.opentelemetry.runtime.propagation.TextMapPropagatorCustomizer;

import com.magdagateway.insz.InszFreeUuids;

/**
 * A caller's {@code traceparent} is continued unless its ids hold eleven digits or more in a row (a caller may have
 * built them from an INSZ): such a request starts a trace of its own, as a request id with such a run is replaced
 * ({@code http/RequestIds}). Trace and span ids reach every log line unmasked (the log filter leaves them alone,
 * since a random hex id holds an eleven-digit run every few dozen requests), so they must never come from a person.
 */
@Singleton
public class InszFreeTraceparent implements TextMapPropagatorCustomizer {

    @Override
    public TextMapPropagator customize(Context context) {
        TextMapPropagator delegate = context.propagator();
        return new TextMapPropagator() {
            @Override
            public Collection<String> fields() {
                return delegate.fields();
            }

            @Override
            public <C> void inject(io.opentelemetry.context.Context current, C carrier, TextMapSetter<C> setter) {
                delegate.inject(current, carrier, setter);
            }

            @Override
            public <C> io.opentelemetry.context.Context extract(io.opentelemetry.context.Context current, C carrier,
                    TextMapGetter<C> getter) {
                io.opentelemetry.context.Context extracted = delegate.extract(current, carrier, getter);
                SpanContext remote = Span.fromContext(extracted).getSpanContext();
                return remote.isRemote() && (InszFreeUuids.mayBeInsz(remote.getTraceId())
                        || InszFreeUuids.mayBeInsz(remote.getSpanId()))
                        ? current : extracted;
            }
        };
    }
}
