package com.magdagateway.batch.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import com.magdagateway.batch.Batches;
import com.magdagateway.pipeline.Caller;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** {@code /api/v1/batches}: bulk consultation, one service for many persons, run in the background. */
@Path("/api/v1/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batches")
@Authenticated
@SecurityRequirement(name = "bearer")
public class BatchResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String ROLE = "consult";

    private final Batches batches;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    public BatchResource(Batches batches, SecurityIdentity identity, CurrentVertxRequest request) {
        this.batches = batches;
        this.identity = identity;
        this.request = request;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a batch",
            description = "One service (`person`, `household`, `self-employment`, `dimona`, `dmfa`) for up to "
                    + "GATEWAY_BATCH_MAX_ITEMS persons, with the service's own parameters (`dimona`: `from`, `to`; "
                    + "`dmfa`: `fromQuarter`, `toQuarter`). Duplicates are removed; an invalid INSZ becomes a failed "
                    + "item, not a failed batch. Every item is authorized, audited (with the batch id) and guarded "
                    + "like the single-person call, at a pace that leaves MAGDA's capacity to online calls.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Batches.Submission.class)))
    @APIResponse(responseCode = "202", description = "Accepted; `Location` names the batch",
            content = @Content(schema = @Schema(implementation = Batches.Status.class)))
    @APIResponse(responseCode = "400", description = "Unknown service, bad parameters, no persons or too many")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "EntityRefused")
    public Uni<Response> submit(Batches.Submission submission,
            @Parameter(ref = "entity") @HeaderParam(Caller.ENTITY_HEADER) String entity,
            @Parameter(ref = "endUser") @HeaderParam(Caller.END_USER_HEADER) String endUser) {
        Caller caller = caller();
        if (submission == null) {
            throw new GatewayException(ErrorCode.BAD_REQUEST, "A JSON body is required");
        }
        return batches.submit(caller, submission).flatMap(id -> batches.status(caller, id))
                .map(status -> Response.accepted(status).location(URI.create("/api/v1/batches/" + status.id())).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "State of a batch", description = "State (QUEUED, RUNNING, DONE, CANCELLED), counts per "
            + "outcome, progress, pace and an estimate of the time left. `pausedUntil` is set while MAGDA is busy.")
    @APIResponse(responseCode = "200", description = "The batch",
            content = @Content(schema = @Schema(implementation = Batches.Status.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "EntityRefused")
    @APIResponse(responseCode = "404", description = "No batch of this client and entity has this id")
    public Uni<Batches.Status> status(@Parameter(description = "The batch id") @PathParam("id") UUID id,
            @Parameter(ref = "entity") @HeaderParam(Caller.ENTITY_HEADER) String entity) {
        return batches.status(caller(), id);
    }

    @GET
    @Path("/{id}/results")
    @Produces(NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Results of a batch, as NDJSON",
            description = "One JSON line per person in request order: `index`, `insz`, `outcome` (SUCCESS, an error "
                    + "code, or CANCELLED), `status`, then the single-person answer's `data`/`warnings`/`source` or "
                    + "its `problem`. The stream stops at the first item without a final result; ask again with "
                    + "`?after=<last index received>` to resume.")
    @APIResponse(responseCode = "200", description = "The finished items after `after`",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "EntityRefused")
    @APIResponse(responseCode = "404", description = "No batch of this client and entity has this id")
    public Multi<JsonObject> results(@Parameter(description = "The batch id") @PathParam("id") UUID id,
            @Parameter(description = "Index of the last line already received; absent: from the start")
            @QueryParam("after") @DefaultValue("-1") int after,
            @Parameter(ref = "entity") @HeaderParam(Caller.ENTITY_HEADER) String entity) {
        return batches.results(caller(), id, Math.max(-1, after)).onItem().transformToMulti(lines -> lines);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel a batch", description = "Items not yet sent are cancelled; items in flight still "
            + "get their result. Cancelling an ended batch changes nothing.")
    @APIResponse(responseCode = "200", description = "The batch after cancelling",
            content = @Content(schema = @Schema(implementation = Batches.Status.class)))
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "EntityRefused")
    @APIResponse(responseCode = "404", description = "No batch of this client and entity has this id")
    public Uni<Batches.Status> cancel(@Parameter(description = "The batch id") @PathParam("id") UUID id,
            @Parameter(ref = "entity") @HeaderParam(Caller.ENTITY_HEADER) String entity) {
        return batches.cancel(caller(), id);
    }

    /** The caller, who must hold {@code consult}: a batch is many consultations. */
    private Caller caller() {
        if (!identity.hasRole(ROLE)) {
            throw new GatewayException(ErrorCode.FORBIDDEN, "The token lacks the role '" + ROLE + "' this operation needs");
        }
        return Caller.of(identity, request.getCurrent());
    }
}
