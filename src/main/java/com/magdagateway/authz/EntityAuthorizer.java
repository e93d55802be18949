package com.magdagateway.authz;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.magdagateway.audit.DatabaseDeadline;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.tracing.GatewayTracing;

import io.opentelemetry.api.common.Attributes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Decides whether a calling application may fetch KSZ data on behalf of an entity; denies by default. One
 * round trip per call: it is on every request's path.
 */
@ApplicationScoped
public class EntityAuthorizer {

    private static final Logger LOG = Logger.getLogger(EntityAuthorizer.class);
    private static final String DECISION = "SELECT e.kind, e.ksz_lookup, g.client_id IS NOT NULL AS granted "
            + "FROM entity e LEFT JOIN client_grant g ON g.entity_code = e.code AND g.client_id = $2 WHERE e.code = $1";

    private final Pool database;
    private final DatabaseDeadline deadline;
    private final GatewayTracing tracing;

    public EntityAuthorizer(Pool database, DatabaseDeadline deadline, GatewayTracing tracing) {
        this.database = database;
        this.deadline = deadline;
        this.tracing = tracing;
    }

    /** Completes when allowed; fails with 403 (or 503 when the registry cannot be read) otherwise. */
    public Uni<Void> authorize(String clientId, String requestedCode) {
        String entityCode = EntityCodes.normalize(requestedCode);
        Attributes attributes = Attributes.builder().put(GatewayTracing.CLIENT_ID, clientId)
                .put(GatewayTracing.ENTITY, entityCode).build(); // a null value leaves the attribute out
        return tracing.span("authorization", attributes, decision(clientId, entityCode));
    }

    private Uni<Void> decision(String clientId, String entityCode) {
        if (entityCode == null || entityCode.isBlank()) {
            return Uni.createFrom().failure(notAuthorized("The X-Entity header is required"));
        }
        return deadline.bound("authorization", database.preparedQuery(DECISION).execute(Tuple.of(entityCode, clientId)))
                .onFailure().transform(EntityAuthorizer::registryDown)
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        throw notAuthorized("This application may not act for entity " + entityCode);
                    }
                    decide(entityCode, it.next());
                    return null;
                });
    }

    /** Exclusions win over grants and flags, so that their refusal is explicit. */
    private static void decide(String code, Row row) {
        if (BusinessEntity.isExcluded(code, EntityKind.valueOf(row.getString("kind")))) {
            throw new GatewayException(ErrorCode.ENTITY_EXCLUDED,
                    "Entity " + code + " has no legal authorization for KSZ data (VUTG and cabinets are excluded)");
        }
        if (!row.getBoolean("granted") || !row.getBoolean("ksz_lookup")) {
            throw notAuthorized("This application may not act for entity " + code);
        }
    }

    private static GatewayException notAuthorized(String detail) {
        return new GatewayException(ErrorCode.ENTITY_NOT_AUTHORIZED, detail);
    }

    private static Throwable registryDown(Throwable failure) {
        if (failure instanceof GatewayException) {
            return failure;
        }
        LOG.errorf("Entity registry unreadable, denying: %s", failure.getClass().getName());
        return new GatewayException(ErrorCode.AUDIT_UNAVAILABLE,
                "Authorization and audit records are unavailable; no lookup was made", null, null, failure);
    }
}
