package com.magdagateway.registration.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.pipeline.MagdaCall;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.registration.Registration;
import com.magdagateway.registration.RegistrationPeriod;
import com.magdagateway.registration.client.RegistreerInschrijvingClient;
import com.magdagateway.registration.client.RegistreerUitschrijvingClient;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** {@code PUT} / {@code DELETE /api/v1/persons/{insz}/registration}: (de)registration with MAGDA's repertorium. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
@Authenticated // the role is checked in the pipeline, so that a refusal is audited
@SecurityRequirement(name = "bearer")
public class RegistrationResource {

    /** Four-digit years only: MAGDA's dates are {@code [0-9]{4}-..-..}, which ISO parsing alone does not enforce. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int LAST_MAGDA_YEAR = 9999;

    private final GatewayPipeline pipeline;
    private final RegistreerInschrijvingClient inschrijving;
    private final RegistreerUitschrijvingClient uitschrijving;

    public RegistrationResource(GatewayPipeline pipeline, RegistreerInschrijvingClient inschrijving, RegistreerUitschrijvingClient uitschrijving) {
        this.pipeline = pipeline;
        this.inschrijving = inschrijving;
        this.uitschrijving = uitschrijving;
    }

    @PUT
    @Path("/{insz}/registration")
    @Operation(summary = "Register a person", description = "MAGDA Repertorium.RegistreerInschrijving 02.01: registers "
            + "the person from today (Europe/Brussels) without end date, so that mutations about them reach us. "
            + "Idempotent: a person already registered (MAGDA warning 40143) is a success with that warning. "
            + "A write: the gateway sends it once and never retries it; it runs to its end even when the caller hangs "
            + "up. A 504 means the outcome is unknown: repeating the call is safe.")
    @APIResponse(responseCode = "200", description = "Registered, with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationResponse.class), examples = {
                    @ExampleObject(name = "registered", ref = "RegistrationRegistered"),
                    @ExampleObject(name = "alreadyRegistered", ref = "RegistrationAlreadyRegistered") }))
    @APIResponse(responseCode = "404", ref = "PersonNotFound")
    @APIResponse(responseCode = "422", ref = "RegistrationRejected")
    public Uni<ApiResponse<Registration>> register(@Parameter(ref = "insz") @PathParam("insz") Insz insz) {
        return pipeline.run(MagdaCall.of(MagdaService.REGISTREER_INSCHRIJVING, insz, inschrijving::register));
    }

    @DELETE
    @Path("/{insz}/registration")
    @Operation(summary = "Deregister a person", description = "MAGDA Repertorium.RegistreerUitschrijving 02.00: ends "
            + "the registration two years after `effectiveDate` (the end of employment), so that mutations keep "
            + "flowing for those two years. Idempotent: a person MAGDA has no registration for (40003) is a success "
            + "(`registered` false, no `endDate`) with that warning. A write: the gateway sends it once and never "
            + "retries it; it runs to its end even when the caller hangs up.")
    @APIResponse(responseCode = "200", description = "Deregistered as of `endDate`, with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationResponse.class), examples = {
                    @ExampleObject(name = "deregistered", ref = "RegistrationDeregistered"),
                    @ExampleObject(name = "notRegistered", ref = "RegistrationNotRegistered") }))
    @APIResponse(responseCode = "400", ref = "RegistrationBadRequest")
    @APIResponse(responseCode = "404", ref = "PersonNotFound")
    @APIResponse(responseCode = "422", ref = "RegistrationRejected")
    public Uni<ApiResponse<Registration>> deregister(@Parameter(ref = "insz") @PathParam("insz") Insz insz,
            @Parameter(name = "effectiveDate", in = ParameterIn.QUERY, required = true, example = "2024-02-29",
                    description = "Date the employment ends (YYYY-MM-DD); the registration ends two years later "
                            + "(29 February + 2 years is 28 February).",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("effectiveDate") String effectiveDate) {
        LocalDate endDate = RegistrationPeriod.endDateAfter(effectiveDate(effectiveDate));
        return pipeline.run(MagdaCall.of(MagdaService.REGISTREER_UITSCHRIJVING, insz,
                (who, reference) -> uitschrijving.deregister(who, endDate, reference)));
    }

    /** Parsed here rather than by JAX-RS, which would answer a malformed date with 404 instead of 400. */
    static LocalDate effectiveDate(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new GatewayException(ErrorCode.BAD_REQUEST, "'effectiveDate' is required (YYYY-MM-DD)");
        }
        try {
            LocalDate date = ISO_DATE.matcher(raw).matches() ? LocalDate.parse(raw) : null;
            if (date != null && RegistrationPeriod.endDateAfter(date).getYear() <= LAST_MAGDA_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below, without echoing the caller's input
        }
        throw new GatewayException(ErrorCode.BAD_REQUEST, "'effectiveDate' must be a real date written YYYY-MM-DD");
    }

    /** Documents the envelope's concrete shape for OpenAPI, which cannot name a generic type. */
    @Schema(name = "RegistrationResponse")
    record RegistrationResponse(Registration data, List<ApiWarning> warnings, ApiSource source) {
    }
}
