package com.magdagateway.person.rest;

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

import java.util.List;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.api.ApiSource;
import com.magdagateway.api.ApiWarning;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.person.Person;
import com.magdagateway.person.client.GeefPersoonClient;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.pipeline.MagdaCall;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/persons/{insz}}: a person's identification data from GeefPersoon. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@Authenticated // the role is checked in the pipeline, so that a refusal is audited
@SecurityRequirement(name = "bearer")
public class PersonResource {

    private final GatewayPipeline pipeline;
    private final GeefPersoonClient client;

    public PersonResource(GatewayPipeline pipeline, GeefPersoonClient client) {
        this.pipeline = pipeline;
        this.client = client;
    }

    @GET
    @Path("/{insz}")
    @Operation(summary = "Identification data of a person", description = "MAGDA Persoon.GeefPersoon 02.02 (national register via KSZ).")
    @APIResponse(responseCode = "200", description = "The person, with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonResponse.class), examples = {
                    @ExampleObject(name = "withWarning", ref = "Person"),
                    @ExampleObject(name = "incompleteBirthDate", ref = "PersonIncompleteBirthDate") }))
    @APIResponse(responseCode = "404", ref = "PersonNotFound")
    public Uni<ApiResponse<Person>> person(@Parameter(ref = "insz") @PathParam("insz") Insz insz) {
        return pipeline.run(MagdaCall.of(MagdaService.GEEF_PERSOON, insz, client::fetch));
    }

    /** Documents the envelope's concrete shape for OpenAPI, which cannot name a generic type. */
    @Schema(name = "PersonResponse")
    record PersonResponse(Person data, List<ApiWarning> warnings, ApiSource source) {
    }
}
