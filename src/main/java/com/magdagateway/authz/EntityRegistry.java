package com.magdagateway.authz;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.audit.Actor;
import com.magdagateway.audit.AdminTrail;
import com.magdagateway.audit.AdminTrail.Action;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Manages entities and client grants: the data the authorizer decides on. Codes are case-insensitive; every change
 * is written to the admin trail in its own transaction.
 */
@ApplicationScoped
public class EntityRegistry {

    /** The result of an upsert: the entity and whether it was new. */
    public record Saved(BusinessEntity entity, boolean created) {
    }

    /** An entity as the trail records it. */
    public record EntityState(String code, String name, EntityKind kind, boolean kszLookup, boolean excluded) {
        static EntityState of(BusinessEntity e) {
            return new EntityState(e.code, e.name, e.kind, e.kszLookup, e.isExcluded());
        }
    }

    /** A grant as the trail records it. */
    public record GrantState(String clientId, String entityCode, OffsetDateTime grantedAt) {
    }

    private final AdminTrail trail;

    public EntityRegistry(AdminTrail trail) {
        this.trail = trail;
    }

    /** VUTG is stored as not consultable whatever is asked (the database refuses it too). */
    @WithTransaction
    public Uni<Saved> put(Actor actor, String requestedCode, String name, EntityKind kind, boolean kszLookup) {
        String code = EntityCodes.normalize(requestedCode);
        return BusinessEntity.<BusinessEntity> findById(code).flatMap(existing -> {
            EntityState before = existing == null ? null : EntityState.of(existing);
            BusinessEntity entity = existing == null ? new BusinessEntity() : existing;
            entity.code = code;
            entity.name = name;
            entity.kind = kind;
            entity.kszLookup = kszLookup && !BusinessEntity.VUTG.equals(code);
            return entity.<BusinessEntity> persist()
                    .call(saved -> trail.change(actor, action(before, kind), "entity/" + code, before,
                            EntityState.of(saved)))
                    .map(saved -> new Saved(saved, existing == null));
        });
    }

    /** Turning a cabinet into another kind lifts its exclusion: the trail names it so. */
    private static Action action(EntityState before, EntityKind kind) {
        if (before == null) {
            return Action.ENTITY_CREATED;
        }
        return before.kind() == EntityKind.CABINET && kind != EntityKind.CABINET ? Action.CABINET_RECLASSIFIED
                : Action.ENTITY_CHANGED;
    }

    @WithSession
    public Uni<List<BusinessEntity>> all() {
        return BusinessEntity.listAll(Sort.by("code"));
    }

    @WithSession
    public Uni<BusinessEntity> get(String requestedCode) {
        String code = EntityCodes.normalize(requestedCode);
        return BusinessEntity.<BusinessEntity> findById(code)
                .onItem().ifNull().failWith(() -> unknown(code));
    }

    @WithTransaction
    public Uni<Boolean> grant(Actor actor, String clientId, String requestedCode) {
        String code = EntityCodes.normalize(requestedCode);
        return BusinessEntity.<BusinessEntity> findById(code)
                .onItem().ifNull().failWith(() -> unknown(code))
                .flatMap(entity -> ClientGrant.<ClientGrant> findById(new ClientGrant.Key(clientId, code)))
                .flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(false);
                    }
                    ClientGrant grant = new ClientGrant();
                    grant.clientId = clientId;
                    grant.entityCode = code;
                    return grant.persist()
                            .call(saved -> trail.change(actor, Action.GRANT_ADDED, grantTarget(clientId, code), null,
                                    new GrantState(clientId, code, null)))
                            .replaceWith(true);
                });
    }

    /** The grant disappears; its history stays in the trail (who granted it, who revoked it, when). */
    @WithTransaction
    public Uni<Void> revoke(Actor actor, String clientId, String requestedCode) {
        String code = EntityCodes.normalize(requestedCode);
        return ClientGrant.<ClientGrant> findById(new ClientGrant.Key(clientId, code)).flatMap(existing -> {
            if (existing == null) {
                return Uni.createFrom().voidItem();
            }
            GrantState before = new GrantState(existing.clientId, existing.entityCode, existing.grantedAt);
            return existing.delete().call(() -> trail.change(actor, Action.GRANT_REVOKED,
                    grantTarget(clientId, code), before, null));
        });
    }

    @WithSession
    public Uni<List<String>> grantsOf(String clientId) {
        return ClientGrant.<ClientGrant> list("clientId = ?1 order by entityCode", clientId)
                .map(grants -> grants.stream().map(g -> g.entityCode).toList());
    }

    private static String grantTarget(String clientId, String code) {
        return "client/" + clientId + "/entity/" + code;
    }

    private static GatewayException unknown(String code) {
        return new GatewayException(ErrorCode.NOT_FOUND, "No entity with code " + code);
    }
}
