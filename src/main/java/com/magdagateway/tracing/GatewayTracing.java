package com.magdagateway.tracing;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.magda.MagdaService;
import com.magdagateway.problem.GatewayException;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's own spans around a {@link Uni}: started when the Uni is subscribed (as a child of the span current
 * then, the request's), ended when it terminates or is cancelled. Attributes are named by the caller and never carry
 * an INSZ; a failure sets the status and {@code error.type} (the error code or class name), never its message, which
 * may quote MAGDA's answer.
 */
@ApplicationScoped
public class GatewayTracing {

    public static final AttributeKey<String> MAGDA_SERVICE = AttributeKey.stringKey("magda.service");
    public static final AttributeKey<String> MAGDA_VERSION = AttributeKey.stringKey("magda.service.version");
    public static final AttributeKey<String> MAGDA_REFERENCE = AttributeKey.stringKey("magda.reference");
    public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("gateway.outcome");
    public static final AttributeKey<String> AUDIT_OPERATION = AttributeKey.stringKey("gateway.audit.operation");
    public static final AttributeKey<String> AUDIT_OUTCOME = AttributeKey.stringKey("gateway.audit.outcome");
    public static final AttributeKey<String> SERVICE = AttributeKey.stringKey("gateway.service");
    public static final AttributeKey<String> ENTITY = AttributeKey.stringKey("gateway.entity");
    public static final AttributeKey<String> CLIENT_ID = AttributeKey.stringKey("gateway.client_id");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<Boolean> CANCELLED = AttributeKey.booleanKey("gateway.cancelled");

    private final Tracer tracer;

    public GatewayTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** {@code work} inside an internal span {@code name} with {@code attributes}. */
    public <T> Uni<T> span(String name, Attributes attributes, Uni<T> work) {
        return span(name, SpanKind.INTERNAL, attributes, work, (span, failure) -> {
        });
    }

    /**
     * The MAGDA call of {@code service}, retries and bulkhead wait included: outcome {@code SUCCESS} or the error
     * code, and the MAGDA reference once the request went out ({@code sent}).
     */
    public <T> Uni<T> magdaCall(MagdaService service, String reference, BooleanSupplier sent, Uni<T> call) {
        Attributes attributes = Attributes.of(MAGDA_SERVICE, service.serviceName(), MAGDA_VERSION, service.version());
        return span("MAGDA " + service.serviceName(), SpanKind.CLIENT, attributes, call, (span, failure) -> {
            if (sent.getAsBoolean()) {
                span.setAttribute(MAGDA_REFERENCE, reference);
            }
        });
    }

    /** The general form: {@code onEnd} may add what only the end knows (the failure is null on success). */
    public <T> Uni<T> span(String name, SpanKind kind, Attributes attributes, Uni<T> work,
            BiConsumer<Span, Throwable> onEnd) {
        return Uni.createFrom().deferred(() -> {
            Span span = tracer.spanBuilder(name).setParent(Context.current()).setSpanKind(kind)
                    .setAllAttributes(attributes).startSpan();
            return work
                    .onItemOrFailure().invoke((item, failure) -> {
                        onEnd.accept(span, failure);
                        if (failure == null) {
                            span.setAttribute(OUTCOME, "SUCCESS");
                        } else {
                            failed(span, failure);
                        }
                        span.end();
                    })
                    .onCancellation().invoke(() -> {
                        onEnd.accept(span, null);
                        span.setAttribute(CANCELLED, true);
                        span.end();
                    });
        });
    }

    private static void failed(Span span, Throwable failure) {
        String type = failure instanceof GatewayException gateway ? gateway.code().name() : failure.getClass().getName();
        span.setStatus(StatusCode.ERROR);
        span.setAttribute(ERROR_TYPE, type);
        span.setAttribute(OUTCOME, type);
    }
}
