package com.magdagateway.mutation.rest;

import java.io.InputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.magdagateway.authz.EntityAuthorizer;
import com.magdagateway.http.QueryParams;
import com.magdagateway.mutation.ImportReport;
import com.magdagateway.mutation.MutationAudit;
import com.magdagateway.mutation.MutationFeed;
import com.magdagateway.mutation.MutationImporter;
import com.magdagateway.mutation.MutationKind;
import com.magdagateway.mutation.UnreadablePublicationException;
import com.magdagateway.pipeline.Caller;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * {@code POST /api/v1/mutations/publications} (role {@code ingest}): imports a MAGDA mutation publication;
 * {@code GET /api/v1/mutations} (role {@code consult}, {@code X-Entity}): the entity's mutation feed.
 */
@Path("/api/v1/mutations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mutations")
@SecurityRequirement(name = "bearer")
public class MutationResource {

    static final int MAX_LIMIT = 500;
    static final int MAX_WAIT_SECONDS = 60;

    private final MutationImporter importer;
    private final MutationFeed feed;
    private final MutationAudit audit;
    private final EntityAuthorizer authorizer;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    public MutationResource(MutationImporter importer, MutationFeed feed, MutationAudit audit,
            EntityAuthorizer authorizer, SecurityIdentity identity, CurrentVertxRequest request) {
        this.importer = importer;
        this.feed = feed;
        this.audit = audit;
        this.authorizer = authorizer;
        this.identity = identity;
        this.request = request;
    }

    @POST
    @Path("/publications")
    @RolesAllowed("ingest")
    @Blocking
    @Consumes({ MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @Operation(summary = "Import a mutation publication", description = "A MAGDA PubliceerMutatiePersoon or "
            + "PubliceerMutatieGezinssamenstelling 02.02 document. Every valid Onderwerp is imported, an Onderwerp "
            + "whose Referte was imported before adds nothing, and the invalid ones are reported. The request body limit "
            + "of the gateway applies; larger files go through the inbox directory (GATEWAY_MUTATIONS_INBOX).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The import report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
            examples = @ExampleObject(name = "report", ref = "MutationImportReport")))
    @Parameter(ref = "endUser")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ImportReport publish(InputStream body) {
        Caller caller = Caller.of(identity, request.getCurrent());
        MutationAudit.Origin origin = new MutationAudit.Origin("post", caller.clientId(), caller.requestId(),
                caller.endUser(), "POST " + caller.requestId());
        try {
            return importer.importPublication(body, origin);
        } catch (UnreadablePublicationException e) {
            throw new GatewayException(ErrorCode.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @RolesAllowed("consult")
    @Parameter(ref = "entity")
    @Parameter(ref = "endUser")
    @Operation(summary = "The entity's mutation feed", description = "Mutations of the persons this entity (X-Entity) "
            + "holds an active employee link for, or one that ended less than two years ago, oldest first. Every person "
            + "delivered is recorded in the audit log. With `wait`, an empty answer is held back until a mutation arrives "
            + "or the wait is over.")
    @APIResponse(responseCode = "200", description = "A page of mutations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MutationFeed.Page.class),
            examples = @ExampleObject(name = "page", ref = "MutationPage")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", description = "`FORBIDDEN` (the token lacks the role `consult`), "
            + "`ENTITY_NOT_AUTHORIZED` or `ENTITY_EXCLUDED` (X-Entity, decided as for lookups)", content = @Content(
                    mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "`AUDIT_UNAVAILABLE`: the entity registry or the audit log cannot "
            + "be reached; nothing is delivered", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public Uni<MutationFeed.Page> mutations(
            @Parameter(description = "The cursor: the `next` of the previous page (default 0, the start)", example = "0")
            @QueryParam("after") String after,
            @Parameter(description = "At most this many mutations, 1 to 500 (default 100)", example = "100")
            @QueryParam("limit") String limit,
            @Parameter(description = "Seconds to wait for a mutation when there is none yet, 0 to 60 (default 0)", example = "30")
            @QueryParam("wait") String wait,
            @Parameter(description = "Comma-separated kinds, PERSON and/or HOUSEHOLD (default both)", example = "PERSON")
            @QueryParam("kinds") String kinds) {
        Caller caller = Caller.of(identity, request.getCurrent());
        long cursor = cursor(after);
        int size = QueryParams.intParam("limit", limit, 100, 1, MAX_LIMIT);
        Duration waiting = Duration.ofSeconds(QueryParams.intParam("wait", wait, 0, 0, MAX_WAIT_SECONDS));
        Set<MutationKind> wanted = kinds(kinds);
        return authorizer.authorize(caller.clientId(), caller.entity())
                .flatMap(allowed -> feed.read(caller.entity(), cursor, size, wanted, waiting))
                .call(page -> audit.delivered(caller.clientId(), caller.entity(), caller.requestId(), caller.endUser(),
                        page.items()).onFailure().transform(MutationResource::auditDown));
    }

    static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long cursor = Long.parseLong(after.strip());
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GatewayException(ErrorCode.BAD_REQUEST, "'after' must be a mutation id (a whole number from 0)");
    }

    static Set<MutationKind> kinds(String kinds) {
        if (kinds == null || kinds.isBlank()) {
            return EnumSet.allOf(MutationKind.class);
        }
        Set<MutationKind> wanted = EnumSet.noneOf(MutationKind.class);
        for (String kind : kinds.split(",")) {
            try {
                wanted.add(MutationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new GatewayException(ErrorCode.BAD_REQUEST, "'kinds' takes PERSON and/or HOUSEHOLD");
            }
        }
        return wanted;
    }

    /** Nothing is delivered that is not on record. */
    private static Throwable auditDown(Throwable failure) {
        return failure instanceof GatewayException ? failure
                : new GatewayException(ErrorCode.AUDIT_UNAVAILABLE,
                        "The delivery could not be recorded in the audit log; nothing was delivered", null, null, failure);
    }
}
