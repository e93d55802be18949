package com.magdagateway.audit.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.magdagateway.audit.AuditOutcome;
import com.magdagateway.audit.AuditQuery;
import com.magdagateway.audit.AuditRecord;
import com.magdagateway.http.QueryParams;

import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/audit}: the audit log for the privacy officer (role {@code audit}). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("audit")
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    private final AuditQuery query;

    public AuditResource(AuditQuery query) {
        this.query = query;
    }

    /** One audit row. */
    public record AuditItem(long id, Instant timestamp, String clientId, String entity, String service, String insz,
            AuditOutcome outcome, Integer httpStatus, String magdaReference, String requestId, Long durationMs,
            String reason) {
        static AuditItem of(AuditRecord r) {
            return new AuditItem(r.id, r.timestamp.toInstant(), r.clientId, r.entity, r.service, r.insz, r.outcome,
                    r.httpStatus, r.magdaReference, r.requestId, r.durationMs, r.reason);
        }
    }

    /** A page of audit rows, newest first. */
    public record AuditPage(List<AuditItem> items, int page, int size, long total) {
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
            @QueryParam("clientId") @Pattern(regexp = "[A-Za-z0-9._:/@-]{1,200}") String clientId,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-01-31") @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", example = "20") @QueryParam("size") String size) {
        int pageNumber = QueryParams.intParam("page", page, 0, 0, 100_000);
        int pageSize = QueryParams.intParam("size", size, 20, 1, 200);
        return query.find(new AuditQuery.Filter(insz, entity, clientId, from, to), pageNumber, pageSize)
                .map(result -> new AuditPage(result.items().stream().map(AuditItem::of).toList(), pageNumber,
                        pageSize, result.total()));
    }
}
