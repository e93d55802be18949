package com.magdagateway.household.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import com.magdagateway.household.Household;
import com.magdagateway.household.client.GeefGezinssamenstellingClient;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.pipeline.MagdaCall;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/persons/{insz}/household}: the members of a person's household from GeefGezinssamenstelling. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@Authenticated // the role is checked in the pipeline, so that a refusal is audited
@SecurityRequirement(name = "bearer")
public class HouseholdResource {

    private final GatewayPipeline pipeline;
    private final GeefGezinssamenstellingClient client;

    public HouseholdResource(GatewayPipeline pipeline, GeefGezinssamenstellingClient client) {
        this.pipeline = pipeline;
        this.client = client;
    }

    @GET
    @Path("/{insz}/household")
    @Operation(summary = "Household composition of a person", description = "MAGDA Persoon.GeefGezinssamenstelling 02.02 "
            + "(national register). Not available for BIS numbers: the BIS register keeps no households, so such a call "
            + "is refused (audited) without asking MAGDA.")
    @APIResponse(responseCode = "200", description = "The household, with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdResponse.class), examples = {
                    @ExampleObject(name = "family", ref = "HouseholdFamily") }))
    @APIResponse(responseCode = "404", ref = "PersonNotFound")
    @APIResponse(responseCode = "409", ref = "HouseholdPersonNotRegistered")
    @APIResponse(responseCode = "422", ref = "HouseholdBisNotSupported")
    public Uni<ApiResponse<Household>> household(@Parameter(ref = "insz") @PathParam("insz") Insz insz) {
        return pipeline.run(MagdaCall.of(MagdaService.GEEF_GEZINSSAMENSTELLING, insz, client::fetch)
                .refusedIf(insz.isBis(), new GatewayException(ErrorCode.BIS_NOT_SUPPORTED,
                        "The household composition is not available for a BIS number")));
    }

    /** Documents the envelope's concrete shape for OpenAPI, which cannot name a generic type. */
    @Schema(name = "HouseholdResponse")
    record HouseholdResponse(Household data, List<ApiWarning> warnings, ApiSource source) {
    }
}
