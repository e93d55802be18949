package com.magdagateway.dimona.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.api.ApiSource;
import com.magdagateway.api.ApiWarning;
import com.magdagateway.dimona.Dimona;
import com.magdagateway.dimona.DimonaPeriod;
import com.magdagateway.dimona.client.GeefWerkrelatiesClient;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.pipeline.MagdaCall;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/persons/{insz}/dimona}: a person's Dimona declarations from GeefWerkrelaties. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@Authenticated // the role is checked in the pipeline, so that a refusal is audited
@SecurityRequirement(name = "bearer")
public class DimonaResource {

    private final GatewayPipeline pipeline;
    private final GeefWerkrelatiesClient client;

    public DimonaResource(GatewayPipeline pipeline, GeefWerkrelatiesClient client) {
        this.pipeline = pipeline;
        this.client = client;
    }

    @GET
    @Path("/{insz}/dimona")
    @Operation(summary = "Dimona declarations of a person",
            description = "MAGDA Werk.GeefWerkrelaties 02.00 (RSZ personnel register via KSZ S296). Only declarations "
                    + "overlapping [from, to] (both inclusive, either optional; a declaration without end date is "
                    + "open-ended) are returned, ordered by start date. No data is an empty list; a person without a "
                    + "MAGDA registration is 409 `PERSON_NOT_REGISTERED`.")
    @APIResponse(responseCode = "200", description = "The declarations, with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DimonaResponse.class), examples = {
                    @ExampleObject(name = "declarations", ref = "DimonaDeclarations"),
                    @ExampleObject(name = "everyField", ref = "DimonaEveryField"),
                    @ExampleObject(name = "noData", ref = "DimonaNoData") }))
    @APIResponse(responseCode = "400", ref = "DimonaBadRequest")
    @APIResponse(responseCode = "409", ref = "DimonaPersonNotRegistered")
    public Uni<ApiResponse<Dimona>> dimona(@Parameter(ref = "insz") @PathParam("insz") Insz insz,
            @Parameter(description = "First day of the period (YYYY-MM-DD, inclusive); absent: no lower bound",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2023-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day of the period (YYYY-MM-DD, inclusive); absent: no upper bound",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2023-12-31") @QueryParam("to") String to) {
        DimonaPeriod period = DimonaPeriod.parse(from, to);
        return pipeline.run(MagdaCall.of(MagdaService.GEEF_WERKRELATIES, insz,
                (who, reference) -> client.fetch(who, period, reference)));
    }

    /** Documents the envelope's concrete shape for OpenAPI, which cannot name a generic type. */
    @Schema(name = "DimonaResponse")
    record DimonaResponse(Dimona data, List<ApiWarning> warnings, ApiSource source) {
    }
}
