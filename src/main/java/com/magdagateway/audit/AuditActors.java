package com.magdagateway.audit;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.pipeline.Caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Names the actor of the current request for the admin trail, the same way the pipeline names its caller. */
@ApplicationScoped
public class AuditActors {

    public static final String END_USER_HEADER = Caller.END_USER_HEADER;
    private static final int MAX_PATH = 1000;

    private final SecurityIdentity identity;
    private final CurrentVertxRequest currentRequest;

    public AuditActors(SecurityIdentity identity, CurrentVertxRequest currentRequest) {
        this.identity = identity;
        this.currentRequest = currentRequest;
    }

    /** The actor; an {@code X-End-User} outside the contract's alphabet is refused (see {@link Caller}). */
    public Actor current() {
        RoutingContext http = currentRequest.getCurrent();
        Caller caller = Caller.of(identity, http);
        String path = http.request().uri();
        return new Actor(caller.clientId(), caller.endUser(), caller.requestId(),
                path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path);
    }
}
