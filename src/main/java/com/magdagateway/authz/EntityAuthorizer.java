package com.magdagateway.authz;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Decides whether a calling application may fetch KSZ data on behalf of an entity; denies by default. */
@ApplicationScoped
public class EntityAuthorizer {

    private static final Logger LOG = Logger.getLogger(EntityAuthorizer.class);

    /** Completes when allowed; fails with 403 (or 503 when the registry cannot be read) otherwise. */
    public Uni<Void> authorize(String clientId, String entityCode) {
        if (entityCode == null || entityCode.isBlank()) {
            return Uni.createFrom().failure(notAuthorized("The X-Entity header is required"));
        }
        return Panache.withSession(() -> BusinessEntity.<BusinessEntity> findById(entityCode)
                .flatMap(entity -> entity == null ? Uni.createFrom().item(false)
                        : ClientGrant.count("clientId = ?1 and entityCode = ?2", clientId, entityCode)
                                .map(n -> n > 0)
                                .map(granted -> decide(entity, granted))))
                .onFailure(f -> !(f instanceof GatewayException)).transform(EntityAuthorizer::registryDown)
                .flatMap(allowed -> allowed ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(notAuthorized("This application may not act for entity " + entityCode)));
    }

    /** Exclusions win over grants and flags, so that their refusal is explicit. */
    private static boolean decide(BusinessEntity entity, boolean granted) {
        if (entity.isExcluded()) {
            throw new GatewayException(ErrorCode.ENTITY_EXCLUDED, "Entity " + entity.code
                    + " has no legal authorization for KSZ data (VUTG and cabinets are excluded)");
        }
        return granted && entity.kszLookup;
    }

    private static GatewayException notAuthorized(String detail) {
        return new GatewayException(ErrorCode.ENTITY_NOT_AUTHORIZED, detail);
    }

    private static Throwable registryDown(Throwable failure) {
        LOG.errorf("Entity registry unreadable, denying: %s", failure.getClass().getName());
        return new GatewayException(ErrorCode.AUDIT_UNAVAILABLE,
                "Authorization and audit records are unavailable; no lookup was made", null, null, failure);
    }
}
