package com.magdagateway.dmfa.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.api.ApiSource;
import com.magdagateway.api.ApiWarning;
import com.magdagateway.dmfa.Dmfa;
import com.magdagateway.dmfa.DmfaQuarterRange;
import com.magdagateway.dmfa.client.GeefDmfaVoorWerknemerClient;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.pipeline.MagdaCall;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/persons/{insz}/dmfa}: a person's DmfA attestations from GeefDmfaVoorWerknemer. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@Authenticated // the role is checked in the pipeline, so that a refusal is audited
@SecurityRequirement(name = "bearer")
public class DmfaResource {

    private static final String QUARTER_PATTERN = "^[12][0-9]{3}Q[1-4]$";

    private final GatewayPipeline pipeline;
    private final GeefDmfaVoorWerknemerClient client;

    public DmfaResource(GatewayPipeline pipeline, GeefDmfaVoorWerknemerClient client) {
        this.pipeline = pipeline;
        this.client = client;
    }

    @GET
    @Path("/{insz}/dmfa")
    @Operation(summary = "DmfA attestations of a person",
            description = "MAGDA Werk.GeefDmfaVoorWerknemer 03.00 (RSZ DmfA via KSZ S297). Only attestations of the "
                    + "quarters [fromQuarter, toQuarter] (both inclusive, either optional) are returned, ordered by "
                    + "quarter. Without fromQuarter MAGDA is asked from 2003Q1 (the first DmfA quarter), without "
                    + "toQuarter up to the current quarter. No data is an empty list; a person without a MAGDA "
                    + "registration is 409 `PERSON_NOT_REGISTERED`.")
    @APIResponse(responseCode = "200", description = "The attestations, with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DmfaResponse.class), examples = {
                    @ExampleObject(name = "attestations", ref = "DmfaAttestations"),
                    @ExampleObject(name = "everyField", ref = "DmfaEveryField"),
                    @ExampleObject(name = "noData", ref = "DmfaNoData") }))
    @APIResponse(responseCode = "400", ref = "DmfaBadRequest")
    @APIResponse(responseCode = "409", ref = "DmfaPersonNotRegistered")
    public Uni<ApiResponse<Dmfa>> dmfa(@Parameter(ref = "insz") @PathParam("insz") Insz insz,
            @Parameter(description = "First quarter (YYYYQn, inclusive); absent: no lower bound (MAGDA is asked from 2003Q1)",
                    schema = @Schema(type = SchemaType.STRING, pattern = QUARTER_PATTERN), example = "2023Q1")
            @QueryParam("fromQuarter") String fromQuarter,
            @Parameter(description = "Last quarter (YYYYQn, inclusive); absent: no upper bound (MAGDA is asked up to the current quarter)",
                    schema = @Schema(type = SchemaType.STRING, pattern = QUARTER_PATTERN), example = "2023Q4")
            @QueryParam("toQuarter") String toQuarter) {
        DmfaQuarterRange range = DmfaQuarterRange.parse(fromQuarter, toQuarter);
        return pipeline.run(MagdaCall.of(MagdaService.GEEF_DMFA_VOOR_WERKNEMER, insz,
                (who, reference) -> client.fetch(who, range, reference)));
    }

    /** Documents the envelope's concrete shape for OpenAPI, which cannot name a generic type. */
    @Schema(name = "DmfaResponse")
    record DmfaResponse(Dmfa data, List<ApiWarning> warnings, ApiSource source) {
    }
}
