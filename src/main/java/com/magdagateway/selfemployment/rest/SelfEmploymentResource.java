package com.magdagateway.selfemployment.rest;

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
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.pipeline.MagdaCall;
import com.magdagateway.selfemployment.SelfEmployment;
import com.magdagateway.selfemployment.client.GeefLoopbaanArzaClient;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/persons/{insz}/self-employment}: a person's self-employed career from GeefLoopbaanARZA. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@Authenticated // the role is checked in the pipeline, so that a refusal is audited
@SecurityRequirement(name = "bearer")
public class SelfEmploymentResource {

    private final GatewayPipeline pipeline;
    private final GeefLoopbaanArzaClient client;

    public SelfEmploymentResource(GatewayPipeline pipeline, GeefLoopbaanArzaClient client) {
        this.pipeline = pipeline;
        this.client = client;
    }

    @GET
    @Path("/{insz}/self-employment")
    @Operation(summary = "Self-employed career of a person", description = "MAGDA Werk.GeefLoopbaanARZA 02.01 (RSVZ "
            + "ARZA via KSZ S264 SelfEmployedService): affiliations with social insurance funds and their career periods. "
            + "A person MAGDA knows no self-employed career for gets an empty list, not a 404.")
    @APIResponse(responseCode = "200", description = "The career (possibly without affiliations), with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfEmploymentResponse.class), examples = {
                    @ExampleObject(name = "twoFunds", ref = "SelfEmploymentTwoFunds"),
                    @ExampleObject(name = "everyField", ref = "SelfEmploymentEveryField"),
                    @ExampleObject(name = "none", ref = "SelfEmploymentNone") }))
    @APIResponse(responseCode = "409", ref = "SelfEmploymentPersonNotRegistered")
    public Uni<ApiResponse<SelfEmployment>> selfEmployment(@Parameter(ref = "insz") @PathParam("insz") Insz insz) {
        return pipeline.run(MagdaCall.of(MagdaService.GEEF_LOOPBAAN_ARZA, insz, client::fetch));
    }

    /** Documents the envelope's concrete shape for OpenAPI, which cannot name a generic type. */
    @Schema(name = "SelfEmploymentResponse")
    record SelfEmploymentResponse(SelfEmployment data, List<ApiWarning> warnings, ApiSource source) {
    }
}
