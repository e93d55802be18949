package com.magdagateway.audit.rest;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.magdagateway.audit.AdminAuditRecord;
import com.magdagateway.audit.AdminTrail;
import com.magdagateway.audit.AuditActors;
import com.magdagateway.audit.AuditOutcome;
import com.magdagateway.audit.AuditQuery;
import com.magdagateway.audit.AuditRecord;
import com.magdagateway.audit.DatabaseDeadline;
import com.magdagateway.authn.ClientIds;
import com.magdagateway.authz.EntityCodes;
import com.magdagateway.http.QueryParams;

import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/audit} and {@code /api/v1/audit/admin}: the audit log and the admin trail (role {@code audit}). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("audit")
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    private final AuditQuery query;
    private final AdminTrail trail;
    private final AuditActors actors;
    private final DatabaseDeadline deadline;
    private final ObjectMapper json;

    public AuditResource(AuditQuery query, AdminTrail trail, AuditActors actors, DatabaseDeadline deadline,
            ObjectMapper json) {
        this.json = json;
        this.query = query;
        this.trail = trail;
        this.actors = actors;
        this.deadline = deadline;
    }

    /** One audit row. */
    public record AuditItem(long id, Instant timestamp, String clientId,
            @Schema(description = "The person at the keyboard (X-End-User), when the caller named one", nullable = true,
                    example = "jan.peeters@werk.vlaanderen") String endUser,
            String entity, String service, String insz, AuditOutcome outcome, Integer httpStatus,
            String magdaReference, String requestId, Long durationMs, String reason) {
        static AuditItem of(AuditRecord r) {
            return new AuditItem(r.id, r.timestamp.toInstant(), r.clientId, r.endUser, r.entity, r.service, r.insz,
                    r.outcome, r.httpStatus, r.magdaReference, r.requestId, r.durationMs, r.reason);
        }
    }

    /** A page of audit rows, newest first. */
    public record AuditPage(List<AuditItem> items, int page, int size, long total) {
    }

    /** One entry of the admin trail; {@code before}/{@code after} are the changed object's states (null for searches). */
    public record AdminTrailItem(long id, Instant timestamp, String clientId, String endUser, String action,
            String target, JsonNode before, JsonNode after, String requestId) {
    }

    /** A page of admin trail entries, newest first. */
    public record AdminTrailPage(List<AdminTrailItem> items, int page, int size, long total) {
    }

    @GET
    @Operation(summary = "Search the audit log", description = "Newest first. `from`/`to` take a date (YYYY-MM-DD, `to` inclusive) or an instant.")
    @APIResponse(responseCode = "200", description = "A page of audit rows")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Uni<AuditPage> search(
            @QueryParam("insz") @Pattern(regexp = "[0-9]{11}") String insz,
            @QueryParam("entity") @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String entity,
            @QueryParam("clientId") @Pattern(regexp = ClientIds.PATTERN) String clientId,
            @Parameter(description = "The person at the keyboard, as the caller named them in X-End-User")
            @QueryParam("endUser") @Pattern(regexp = "[A-Za-z0-9._@:-]{1,128}") String endUser,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-01-31") @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", example = "20") @QueryParam("size") String size) {
        int pageNumber = QueryParams.intParam("page", page, 0, 0, 100_000);
        int pageSize = QueryParams.intParam("size", size, 20, 1, 200);
        AuditQuery.Filter filter = new AuditQuery.Filter(insz, EntityCodes.normalize(entity), clientId, endUser, from,
                to);
        return recordedSearch("audit search", () -> query.find(filter, pageNumber, pageSize))
                .map(result -> new AuditPage(result.items().stream().map(AuditItem::of).toList(), pageNumber,
                        pageSize, result.total()));
    }

    @GET
    @Path("/admin")
    @Operation(summary = "Read the admin trail", description = "Every administrative change (entities, grants, "
            + "revocations, with before/after) and every search of the audit log, newest first. Reading it is recorded too.")
    @APIResponse(responseCode = "200", description = "A page of admin trail entries")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Uni<AdminTrailPage> adminTrail(
            @Parameter(description = "ENTITY_CREATED, ENTITY_CHANGED, CABINET_RECLASSIFIED, GRANT_ADDED, GRANT_REVOKED, AUDIT_SEARCH or LINKS_IMPORTED")
            @QueryParam("action") @Pattern(regexp = "[A-Z_]{1,32}") String action,
            @QueryParam("clientId") @Pattern(regexp = ClientIds.PATTERN) String clientId,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-01-31") @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", example = "20") @QueryParam("size") String size) {
        int pageNumber = QueryParams.intParam("page", page, 0, 0, 100_000);
        int pageSize = QueryParams.intParam("size", size, 20, 1, 200);
        AdminTrail.Filter filter = new AdminTrail.Filter(action, clientId, from, to);
        return recordedSearch("admin trail search", () -> trail.find(filter, pageNumber, pageSize))
                .map(result -> new AdminTrailPage(result.items().stream().map(this::item).toList(), pageNumber,
                        pageSize, result.total()));
    }

    /** Searching the audit log (or the trail) is itself on record, before anything is answered; both under the deadline. */
    private <T> Uni<T> recordedSearch(String what, Supplier<Uni<T>> search) {
        return deadline.bound(what + " trail", trail.search(actors.current()))
                .flatMap(recorded -> deadline.bound(what, search.get()));
    }

    private AdminTrailItem item(AdminAuditRecord r) {
        return new AdminTrailItem(r.id, r.timestamp.toInstant(), r.clientId, r.endUser, r.action, r.target,
                parse(r.before), parse(r.after), r.requestId);
    }

    private JsonNode parse(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Admin trail row is not JSON", e);
        }
    }
}
