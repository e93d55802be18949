package com.magdagateway.audit;

import java.time.Duration;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.magdagateway.magda.Durations;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The deadline of every database operation a request makes ({@code GATEWAY_DB_TIMEOUT}): a database that accepts
 * connections but never answers must cost the caller a prompt {@code 503 AUDIT_UNAVAILABLE}, never a hanging request.
 */
@ApplicationScoped
public class DatabaseDeadline {

    private static final Logger LOG = Logger.getLogger(DatabaseDeadline.class);

    private final Duration timeout;

    public DatabaseDeadline(@ConfigProperty(name = "gateway.db-timeout") String timeout) {
        this.timeout = Durations.parse(timeout);
    }

    public Duration timeout() {
        return timeout;
    }

    /** Fails {@code operation} with 503 {@code AUDIT_UNAVAILABLE} when it has not answered within the deadline. */
    public <T> Uni<T> bound(String what, Uni<T> operation) {
        return Uni.createFrom().deferred(() -> {
            Executor back = contextExecutor();
            return operation.ifNoItem().after(timeout).failWith(() -> expired(what))
                    // The timer fires on a Mutiny thread; sessions and responses belong to the request's context.
                    .onFailure().recoverWithUni(f -> Uni.createFrom().<T> failure(f).emitOn(back));
        });
    }

    private GatewayException expired(String what) {
        LOG.errorf("Database did not answer within %s (%s); refusing", timeout, what);
        return new GatewayException(ErrorCode.AUDIT_UNAVAILABLE,
                "The audit and authorization database did not answer in time; no lookup was made");
    }

    private static Executor contextExecutor() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }
}
