package com.magdagateway.registration.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.api.ApiSource;
import com.magdagateway.api.ApiWarning;
import com.magdagateway.insz.Insz;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.registration.LinkedRegistrations;
import com.magdagateway.registration.Registration;
import com.magdagateway.registration.RegistrationPeriod;
import com.magdagateway.registration.RegistrationState;

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
    private static final List<String> STATE_ROLES = List.of("register", "consult");

    private final LinkedRegistrations registrations;

    public RegistrationResource(LinkedRegistrations registrations) {
        this.registrations = registrations;
    }

    @PUT
    @Path("/{insz}/registration")
    @Operation(summary = "Link a person to this entity and register them when needed", description = "Records this "
            + "entity's link to the person (`relation`, from `from`, default today in Europe/Brussels). An `EMPLOYEE` "
            + "link calls MAGDA Repertorium.RegistreerInschrijving 02.01 (from today, without end date) unless another "
            + "entity's active employee link already keeps the person registered (`magdaRegistration` `KEPT`, no MAGDA "
            + "call, the other entity not named); a re-hire, also inside the two-year tail, registers again so that the "
            + "end date is lifted. A `NON_EMPLOYEE` link is recorded and never registers (`UNCHANGED`). Without a body: "
            + "an employee from today. Idempotent: a person already registered (MAGDA warning 40143) is a success with "
            + "that warning. A write: the gateway sends it once and never retries it; it runs to its end even when the "
            + "caller hangs up. A 504 means the outcome is unknown: repeating the call is safe. A failed MAGDA call "
            + "leaves the link unchanged.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationRequest.class),
            examples = @ExampleObject(name = "employee", value = "{\"relation\": \"EMPLOYEE\", \"from\": \"2026-02-01\"}")))
    @APIResponse(responseCode = "200", description = "Linked (and registered, or kept registered), with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationResponse.class), examples = {
                    @ExampleObject(name = "registered", ref = "RegistrationRegistered"),
                    @ExampleObject(name = "alreadyRegistered", ref = "RegistrationAlreadyRegistered"),
                    @ExampleObject(name = "kept", ref = "RegistrationKept") }))
    @APIResponse(responseCode = "400", ref = "RegistrationBadRequest")
    @APIResponse(responseCode = "404", ref = "PersonNotFound")
    @APIResponse(responseCode = "422", ref = "RegistrationRejected")
    public Uni<ApiResponse<Registration>> register(@Parameter(ref = "insz") @PathParam("insz") Insz insz, String body) {
        RegistrationBody request = RegistrationBody.parse(body);
        return registrations.register(insz, request.relation(), request.from());
    }

    @DELETE
    @Path("/{insz}/registration")
    @Operation(summary = "End this entity's link and deregister the person when no other link remains", description = "Ends "
            + "this entity's link on `effectiveDate`. Only when no other entity's employee link is still active (a "
            + "future start included) does it call MAGDA Repertorium.RegistreerUitschrijving 02.00, ending the "
            + "registration two years after `effectiveDate` (never before another entity's two-year tail), so that "
            + "mutations keep flowing for those two years; otherwise it answers `magdaRegistration` `KEPT` without "
            + "calling MAGDA and without naming the other entity. Idempotent: a person MAGDA has no registration for "
            + "(40003) is a success (`registered` false, no `endDate`) with that warning. A write: the gateway sends it "
            + "once and never retries it; it runs to its end even when the caller hangs up.")
    @APIResponse(responseCode = "200", description = "Deregistered as of `endDate`, or kept registered through another link, with any MAGDA warnings beside the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationResponse.class), examples = {
                    @ExampleObject(name = "deregistered", ref = "RegistrationDeregistered"),
                    @ExampleObject(name = "kept", ref = "RegistrationKept"),
                    @ExampleObject(name = "notRegistered", ref = "RegistrationNotRegistered") }))
    @APIResponse(responseCode = "400", ref = "RegistrationBadRequest")
    @APIResponse(responseCode = "404", ref = "PersonNotFound")
    @APIResponse(responseCode = "422", ref = "RegistrationRejected")
    public Uni<ApiResponse<Registration>> deregister(@Parameter(ref = "insz") @PathParam("insz") Insz insz,
            @Parameter(name = "effectiveDate", in = ParameterIn.QUERY, required = true, example = "2024-02-29",
                    description = "Date the employment ends (YYYY-MM-DD); the registration ends two years later "
                            + "(29 February + 2 years is 28 February).",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("effectiveDate") String effectiveDate) {
        return registrations.deregister(insz, effectiveDate(effectiveDate));
    }

    @GET
    @Path("/{insz}/registration")
    @Operation(summary = "This entity's link to a person and the person's MAGDA registration", description = "Role "
            + "`register` or `consult`. The calling entity's link (null when it has none; other entities' links are "
            + "never shown) and the MAGDA registration as the gateway knows it from the calls it made: MAGDA is not "
            + "called (no `source`). Audited like every call about a person.")
    @APIResponse(responseCode = "200", description = "The link and the known registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationStateResponse.class),
                    examples = @ExampleObject(name = "linked", ref = "RegistrationStateLinked")))
    public Uni<ApiResponse<RegistrationState>> state(@Parameter(ref = "insz") @PathParam("insz") Insz insz) {
        return registrations.state(insz, STATE_ROLES);
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

    /** The same for {@code GET …/registration}, which has no {@code source}: MAGDA is not called. */
    @Schema(name = "RegistrationStateResponse")
    record RegistrationStateResponse(RegistrationState data, List<ApiWarning> warnings,
            @Schema(nullable = true, description = "Always null: MAGDA is not called") ApiSource source) {
    }

    /** The body of the PUT, for the OpenAPI document ({@link RegistrationBody} reads it). */
    @Schema(name = "RegistrationRequest")
    record RegistrationRequest(
            @Schema(required = true, enumeration = { "EMPLOYEE", "NON_EMPLOYEE" }) String relation,
            @Schema(implementation = String.class, format = "date", example = "2026-02-01",
                    description = "Start of the relation (may lie in the future); default today (Europe/Brussels)") String from) {
    }
}
