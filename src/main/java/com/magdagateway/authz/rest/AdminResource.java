package com.magdagateway.authz.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.magdagateway.audit.AuditActors;
import com.magdagateway.audit.DatabaseDeadline;
import com.magdagateway.authn.ClientIds;
import com.magdagateway.authz.BusinessEntity;
import com.magdagateway.authz.EntityKind;
import com.magdagateway.authz.EntityRegistry;

import io.smallrye.mutiny.Uni;

/** The registry of entities and client grants, for administrators (role {@code admin}). */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AdminResource {

    /** Case-insensitive and forgiving about surrounding blanks: " vutg " is VUTG. */
    static final String CODE = " *[A-Za-z0-9_-]{1,32} *";

    private final EntityRegistry registry;
    private final AuditActors actors;
    private final DatabaseDeadline deadline;

    public AdminResource(EntityRegistry registry, AuditActors actors, DatabaseDeadline deadline) {
        this.registry = registry;
        this.actors = actors;
        this.deadline = deadline;
    }

    /** An entity as the admin API shows it. */
    public record EntityView(String code, String name, EntityKind kind, boolean kszLookup, boolean excluded) {
        static EntityView of(BusinessEntity e) {
            return new EntityView(e.code, e.name, e.kind, e.kszLookup, e.isExcluded());
        }
    }

    /** The body of {@code PUT /entities/{code}}. */
    public record EntityRequest(@NotBlank @Size(max = 200) String name, @NotNull EntityKind kind,
            @NotNull Boolean kszLookup) {
    }

    /** The entities a calling application may act for. */
    public record GrantsView(String clientId, List<String> entities) {
    }

    @PUT
    @Path("/entities/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update an entity", description = "Codes are case-insensitive and stored upper-case. "
            + "VUTG is always stored with `kszLookup` false; VUTG and cabinets are excluded whatever is stored. "
            + "Every change is recorded in the admin trail (`GET /api/v1/audit/admin`).")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<RestResponse<EntityView>> putEntity(@PathParam("code") @Pattern(regexp = CODE) String code,
            @Valid @NotNull EntityRequest body) {
        return deadline.bound("entity put", registry.put(actors.current(), code, body.name().strip(), body.kind(),
                body.kszLookup()))
                .map(saved -> RestResponse.status(saved.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                        EntityView.of(saved.entity())));
    }

    @GET
    @Path("/entities")
    @Operation(summary = "List all entities")
    public Uni<List<EntityView>> entities() {
        return deadline.bound("entities", registry.all()).map(list -> list.stream().map(EntityView::of).toList());
    }

    @GET
    @Path("/entities/{code}")
    @Operation(summary = "One entity")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<EntityView> entity(@PathParam("code") @Pattern(regexp = CODE) String code) {
        return deadline.bound("entity", registry.get(code)).map(EntityView::of);
    }

    @GET
    @Path("/clients/{clientId}/entities")
    @Operation(summary = "The entities a calling application may act for")
    public Uni<GrantsView> grants(@PathParam("clientId") @Pattern(regexp = ClientIds.PATTERN) String clientId) {
        return deadline.bound("grants", registry.grantsOf(clientId)).map(codes -> new GrantsView(clientId, codes));
    }

    @PUT
    @Path("/clients/{clientId}/entities/{code}")
    @Operation(summary = "Grant a calling application the right to act for an entity (idempotent)")
    @APIResponse(responseCode = "201", description = "Granted")
    @APIResponse(responseCode = "200", description = "Was already granted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<GrantsView>> grant(
            @PathParam("clientId") @Pattern(regexp = ClientIds.PATTERN) String clientId,
            @PathParam("code") @Pattern(regexp = CODE) String code) {
        return deadline.bound("grant", registry.grant(actors.current(), clientId, code))
                .flatMap(created -> deadline.bound("grants", registry.grantsOf(clientId)).map(codes -> RestResponse.status(
                        created ? RestResponse.Status.CREATED : RestResponse.Status.OK, new GrantsView(clientId, codes))));
    }

    @DELETE
    @Path("/clients/{clientId}/entities/{code}")
    @Operation(summary = "Revoke a grant (idempotent)")
    @APIResponse(responseCode = "204", description = "Revoked, or was not granted")
    public Uni<Void> revoke(@PathParam("clientId") @Pattern(regexp = ClientIds.PATTERN) String clientId,
            @PathParam("code") @Pattern(regexp = CODE) String code) {
        return deadline.bound("revoke", registry.revoke(actors.current(), clientId, code));
    }
}
