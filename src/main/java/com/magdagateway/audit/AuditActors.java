package com.magdagateway.audit;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.pipeline.Caller;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Names the actor of the current request for the admin trail, the same way the pipeline names its caller. */
@ApplicationScoped
public class AuditActors {

    public static final String END_USER_HEADER = "X-End-User";
    private static final Pattern END_USER = Pattern.compile("[A-Za-z0-9._@:-]{1,128}");
    private static final int MAX_PATH = 1000;

    private final SecurityIdentity identity;
    private final CurrentVertxRequest currentRequest;

    public AuditActors(SecurityIdentity identity, CurrentVertxRequest currentRequest) {
        this.identity = identity;
        this.currentRequest = currentRequest;
    }

    /** The actor; an {@code X-End-User} outside the contract's alphabet is refused rather than recorded wrongly. */
    public Actor current() {
        RoutingContext http = currentRequest.getCurrent();
        Caller caller = Caller.of(identity, http);
        String endUser = http.request().getHeader(END_USER_HEADER);
        if (endUser != null && !END_USER.matcher(endUser).matches()) {
            throw new GatewayException(ErrorCode.BAD_REQUEST,
                    END_USER_HEADER + " must be 1-128 characters of letters, digits and . _ @ : -");
        }
        String path = http.request().uri();
        return new Actor(caller.clientId(), endUser, caller.requestId(),
                path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path);
    }
}
