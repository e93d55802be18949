package com.magdagateway.health.rest;

import java.util.Arrays;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.magdagateway.health.HealthReport;
import com.magdagateway.health.HealthService;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;

/** {@code GET /api/v1/health?level=PING|DEFAULT|DEEP}: the gateway's health for monitoring, without authentication. */
@Path("/api/v1/health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Health")
public class HealthResource {

    private final HealthService health;

    public HealthResource(HealthService health) {
        this.health = health;
    }

    @GET
    @Operation(summary = "Health at PING, DEFAULT or DEEP level",
            description = "PING: the process answers. DEFAULT: plus database and circuit breakers (an open breaker is DEGRADED). "
                    + "DEEP: plus a MAGDA availability probe (IsBeschikbaar), cached for a few seconds.")
    @APIResponse(responseCode = "200", description = "UP or DEGRADED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthReport.class)))
    @APIResponse(responseCode = "503", description = "DOWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<RestResponse<HealthReport>> health(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "PING", "DEFAULT", "DEEP" },
                    defaultValue = "DEFAULT")) @QueryParam("level") String level) {
        return health.check(parse(level)).map(report -> RestResponse.status(
                report.status() == HealthReport.Status.DOWN ? RestResponse.Status.SERVICE_UNAVAILABLE : RestResponse.Status.OK,
                report));
    }

    private static HealthReport.Level parse(String level) {
        if (level == null || level.isBlank()) {
            return HealthReport.Level.DEFAULT;
        }
        return Arrays.stream(HealthReport.Level.values()).filter(l -> l.name().equalsIgnoreCase(level.strip()))
                .findFirst().orElseThrow(() -> new GatewayException(ErrorCode.BAD_REQUEST,
                        "level must be one of PING, DEFAULT, DEEP"));
    }
}
