package com.magdagateway.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The append-only trail of administrative changes and audit-log searches. Changes are recorded in the transaction
 * that makes them, so that a change without its trail entry cannot exist.
 */
@ApplicationScoped
public class AdminTrail {

    /** What the trail records. */
    public enum Action {
        ENTITY_CREATED, ENTITY_CHANGED, CABINET_RECLASSIFIED, GRANT_ADDED, GRANT_REVOKED, AUDIT_SEARCH, LINKS_IMPORTED,
        CLIENT_LIMITS_SET, CLIENT_LIMITS_REMOVED
    }

    /** The filters of {@code GET /api/v1/audit/admin}; null means "any". */
    public record Filter(String action, String clientId, String from, String to) {
    }

    /** One page of trail entries, newest first. */
    public record Result(List<AdminAuditRecord> items, long total) {
    }

    private final ObjectMapper json;

    public AdminTrail(ObjectMapper json) {
        this.json = json;
    }

    /** Records a change; must run inside the transaction of the change itself. */
    public Uni<Void> change(Actor actor, Action action, String target, Object before, Object after) {
        AdminAuditRecord entry = new AdminAuditRecord();
        entry.timestamp = OffsetDateTime.now(ZoneOffset.UTC);
        entry.clientId = actor.clientId();
        entry.endUser = actor.endUser();
        entry.action = action.name();
        entry.target = target;
        entry.before = toJson(before);
        entry.after = toJson(after);
        entry.requestId = actor.requestId();
        return entry.persist().replaceWithVoid();
    }

    /** Records a search of the audit log (or of this trail) before it is answered. */
    @WithTransaction
    public Uni<Void> search(Actor actor) {
        return change(actor, Action.AUDIT_SEARCH, actor.path(), null, null);
    }

    @WithSession
    public Uni<Result> find(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        AuditQuery.add(where, params, "action", filter.action());
        AuditQuery.add(where, params, "clientId", filter.clientId());
        AuditQuery.window(where, params, filter.from(), filter.to());
        var query = AdminAuditRecord.<AdminAuditRecord> find(where.toString(), Sort.descending("timestamp", "id"),
                params);
        return query.page(Page.of(page, size)).list()
                .flatMap(items -> query.count().map(total -> new Result(new ArrayList<>(items), total)));
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Admin trail state is not serializable", e);
        }
    }
}
