package com.magdagateway.audit;

import java.time.Duration;

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
            Context context = Vertx.currentContext();
            if (context == null) {
                return operation.ifNoItem().after(timeout).failWith(() -> expired(what));
            }
            // The timer fires on the request's own context: a reactive Hibernate session is cancelled (and closed)
            // only from the thread that owns it.
            Uni<T> deadline = Uni.createFrom().emitter(emitter -> {
                long timer = context.owner().setTimer(Math.max(1, timeout.toMillis()),
                        id -> context.runOnContext(ignored -> emitter.fail(expired(what))));
                emitter.onTermination(() -> context.owner().cancelTimer(timer));
            });
            return Uni.combine().any().of(operation, deadline);
        });
    }

    private GatewayException expired(String what) {
        LOG.errorf("Database did not answer within %s (%s); refusing", timeout, what);
        return new GatewayException(ErrorCode.AUDIT_UNAVAILABLE,
                "The gateway's database did not answer within its deadline; no personal data was looked up");
    }
}
