package com.magdagateway.ratelimit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.audit.Actor;
import com.magdagateway.audit.AdminTrail;
import com.magdagateway.audit.AdminTrail.Action;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The {@code client_limit} table; every change is written to the admin trail in its own transaction. */
@ApplicationScoped
class ClientLimitStore {

    /** A client's own limits as the trail records them. */
    record LimitState(String clientId, int requestsPerSecond, int burst, int concurrentCalls) {
        static LimitState of(ClientLimit row) {
            return new LimitState(row.clientId, row.requestsPerSecond, row.burst, row.concurrentCalls);
        }
    }

    /** The stored row after an upsert, and whether it was new. */
    record Saved(ClientLimit row, boolean created) {
    }

    private final AdminTrail trail;

    ClientLimitStore(AdminTrail trail) {
        this.trail = trail;
    }

    @WithSession
    Uni<ClientLimit> find(String clientId) {
        return ClientLimit.findById(clientId);
    }

    @WithTransaction
    Uni<Saved> put(Actor actor, String clientId, Limits limits) {
        return ClientLimit.<ClientLimit> findById(clientId).flatMap(existing -> {
            LimitState before = existing == null ? null : LimitState.of(existing);
            ClientLimit row = existing == null ? new ClientLimit() : existing;
            row.clientId = clientId;
            row.requestsPerSecond = limits.requestsPerSecond();
            row.burst = limits.burst();
            row.concurrentCalls = limits.concurrentCalls();
            row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            row.updatedBy = actor.clientId();
            return row.<ClientLimit> persist()
                    .call(saved -> trail.change(actor, Action.CLIENT_LIMITS_SET, target(clientId), before,
                            LimitState.of(saved)))
                    .map(saved -> new Saved(saved, existing == null));
        });
    }

    /** Answers whether the client had limits of its own; their history stays in the trail. */
    @WithTransaction
    Uni<Boolean> remove(Actor actor, String clientId) {
        return ClientLimit.<ClientLimit> findById(clientId).flatMap(existing -> {
            if (existing == null) {
                return Uni.createFrom().item(false);
            }
            LimitState before = LimitState.of(existing);
            return existing.delete().call(() -> trail.change(actor, Action.CLIENT_LIMITS_REMOVED, target(clientId),
                    before, null)).replaceWith(true);
        });
    }

    private static String target(String clientId) {
        return "client/" + clientId + "/limits";
    }
}
