package com.magdagateway.tracing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Keeps spans in the process when {@code OTEL_EXPORTER_OTLP_ENDPOINT} is unset: Quarkus would otherwise export to
 * localhost:4317 and log every failed attempt. Quarkus leaves out its OTLP exporter whenever a {@link SpanExporter}
 * bean can be looked up; this one can only while {@code gateway.tracing.export} is {@code off} or missing, as it is
 * when the variable is unset or empty. Spans still exist, so trace ids still reach logs and problems.
 */
@Singleton
public class TracingExport {

    @Produces
    @Singleton
    @Unremovable
    // An empty OTEL_EXPORTER_OTLP_ENDPOINT (the ConfigMap's default) leaves the property missing: off as well.
    @LookupIfProperty(name = "gateway.tracing.export", stringValue = "off", lookupIfMissing = true)
    SpanExporter noExport() {
        return SpanExporter.composite(); // the SDK's no-op exporter
    }
}
