package com.magdagateway.authz;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Manages entities and client grants: the data the authorizer decides on. */
@ApplicationScoped
public class EntityRegistry {

    /** The result of an upsert: the entity and whether it was new. */
    public record Saved(BusinessEntity entity, boolean created) {
    }

    @WithTransaction
    public Uni<Saved> put(String code, String name, EntityKind kind, boolean kszLookup) {
        return BusinessEntity.<BusinessEntity> findById(code).flatMap(existing -> {
            BusinessEntity entity = existing == null ? new BusinessEntity() : existing;
            entity.code = code;
            entity.name = name;
            entity.kind = kind;
            entity.kszLookup = kszLookup;
            return entity.<BusinessEntity> persist().map(saved -> new Saved(saved, existing == null));
        });
    }

    @WithSession
    public Uni<List<BusinessEntity>> all() {
        return BusinessEntity.listAll(Sort.by("code"));
    }

    @WithSession
    public Uni<BusinessEntity> get(String code) {
        return BusinessEntity.<BusinessEntity> findById(code)
                .onItem().ifNull().failWith(() -> unknown(code));
    }

    @WithTransaction
    public Uni<Boolean> grant(String clientId, String code) {
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
                    return grant.persist().replaceWith(true);
                });
    }

    @WithTransaction
    public Uni<Void> revoke(String clientId, String code) {
        return ClientGrant.delete("clientId = ?1 and entityCode = ?2", clientId, code).replaceWithVoid();
    }

    @WithSession
    public Uni<List<String>> grantsOf(String clientId) {
        return ClientGrant.<ClientGrant> list("clientId = ?1 order by entityCode", clientId)
                .map(grants -> grants.stream().map(g -> g.entityCode).toList());
    }

    private static GatewayException unknown(String code) {
        return new GatewayException(ErrorCode.NOT_FOUND, "No entity with code " + code);
    }
}
