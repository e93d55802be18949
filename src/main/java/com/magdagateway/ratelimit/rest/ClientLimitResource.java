package com.magdagateway.ratelimit.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.magdagateway.audit.AuditActors;
import com.magdagateway.audit.DatabaseDeadline;
import com.magdagateway.authn.ClientIds;
import com.magdagateway.ratelimit.ClientLimits;
import com.magdagateway.ratelimit.Limits;

import io.smallrye.mutiny.Uni;

/** A calling application's fair share (requests per second, burst, concurrent MAGDA calls), for administrators. */
@Path("/api/v1/admin/clients/{clientId}/limits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ClientLimitResource {

    /** Whole numbers only: read as decimals, so that 1.5 is refused rather than silently cut to 1. */
    private static final String MAX = "100000";

    private final ClientLimits limits;
    private final AuditActors actors;
    private final DatabaseDeadline deadline;

    public ClientLimitResource(ClientLimits limits, AuditActors actors, DatabaseDeadline deadline) {
        this.limits = limits;
        this.actors = actors;
        this.deadline = deadline;
    }

    /** The body of {@code PUT}: all three limits, each at least 1. */
    public record LimitsRequest(
            @Schema(type = SchemaType.INTEGER, description = "Sustained requests per second")
            @NotNull @Digits(integer = 6, fraction = 0) @DecimalMin("1") @DecimalMax(MAX) BigDecimal requestsPerSecond,
            @Schema(type = SchemaType.INTEGER, description = "Requests at once above the sustained rate")
            @NotNull @Digits(integer = 6, fraction = 0) @DecimalMin("1") @DecimalMax(MAX) BigDecimal burst,
            @Schema(type = SchemaType.INTEGER, description = "MAGDA calls in flight at once")
            @NotNull @Digits(integer = 6, fraction = 0) @DecimalMin("1") @DecimalMax(MAX) BigDecimal concurrentCalls) {
    }

    /** The limits that apply to a client, and whether they are the default (it has none of its own). */
    public record LimitsView(String clientId, int requestsPerSecond, int burst, int concurrentCalls,
            @JsonProperty("default") boolean isDefault, OffsetDateTime updatedAt, String updatedBy) {
        static LimitsView of(ClientLimits.Effective effective) {
            Limits l = effective.limits();
            return new LimitsView(effective.clientId(), l.requestsPerSecond(), l.burst(), l.concurrentCalls(),
                    effective.isDefault(), effective.updatedAt(), effective.updatedBy());
        }
    }

    @GET
    @Operation(summary = "The limits that apply to a calling application",
            description = "Its own limits, or the default (`default: true`, from `GATEWAY_RATE_LIMIT_*`). Limits apply "
                    + "per gateway replica.")
    public Uni<LimitsView> get(@PathParam("clientId") @Pattern(regexp = ClientIds.PATTERN) String clientId) {
        return deadline.bound("client limits", limits.effective(clientId)).map(LimitsView::of);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a calling application its own limits",
            description = "Requests per second with a burst, and concurrent MAGDA calls, each 1 to 100000, per gateway "
                    + "replica. Applied at once on the replica that answers, within `gateway.rate-limit.refresh` (5 s) "
                    + "on the others. Recorded in the admin trail (`CLIENT_LIMITS_SET`).")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "201", description = "Created (the client had the default)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<RestResponse<LimitsView>> put(
            @PathParam("clientId") @Pattern(regexp = ClientIds.PATTERN) String clientId,
            @Valid @NotNull LimitsRequest body) {
        Limits requested = new Limits(body.requestsPerSecond().intValueExact(), body.burst().intValueExact(),
                body.concurrentCalls().intValueExact());
        return deadline.bound("client limits put", limits.put(actors.current(), clientId, requested))
                .map(saved -> RestResponse.status(saved.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                        LimitsView.of(saved.limits())));
    }

    @DELETE
    @Operation(summary = "Put a calling application back on the default limits (idempotent)",
            description = "Recorded in the admin trail (`CLIENT_LIMITS_REMOVED`) when it had limits of its own.")
    @APIResponse(responseCode = "204", description = "On the default now")
    public Uni<Void> delete(@PathParam("clientId") @Pattern(regexp = ClientIds.PATTERN) String clientId) {
        return deadline.bound("client limits delete", limits.remove(actors.current(), clientId)).replaceWithVoid();
    }
}
