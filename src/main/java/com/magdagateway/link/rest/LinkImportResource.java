package com.magdagateway.link.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.magdagateway.audit.AuditActors;
import com.magdagateway.link.LinkImport;
import com.magdagateway.link.LinkImport.Line;
import com.magdagateway.link.LinkImport.Report;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;

/** {@code POST /api/v1/admin/links}: the initial load of links from a JSON array or a CSV file (role {@code admin}). */
@Path("/api/v1/admin/links")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class LinkImportResource {

    static final String CSV = "text/csv";
    private static final String DESCRIPTION = "Loads links of entities to persons (entity, INSZ, relation `EMPLOYEE` "
            + "or `NON_EMPLOYEE`, start date) without calling MAGDA: for persons the organisation registered before the "
            + "gateway kept its ledger. Each line is validated on its own (INSZ, existing entity, relation, date) and "
            + "reported: `CREATED`, `UNCHANGED` (the entity already has a link to this person: a re-import adds "
            + "nothing) or refused with its reason. Lines are numbered from 1: the line of the CSV file (a header "
            + "line `entity,insz,relation,start` is allowed and counted), the position in the JSON array. Recorded in "
            + "the admin trail (`LINKS_IMPORTED`) when something was created.";

    private final LinkImport links;
    private final AuditActors actors;
    private final ObjectMapper json;

    public LinkImportResource(LinkImport links, AuditActors actors, ObjectMapper json) {
        this.links = links;
        this.actors = actors;
        this.json = json;
    }

    /** One line of the JSON form. */
    @Schema(name = "LinkLine")
    record LinkLine(@Schema(example = "DWSE") String entity, @Schema(example = "85611512387") String insz,
            @Schema(enumeration = { "EMPLOYEE", "NON_EMPLOYEE" }) String relation,
            @Schema(format = "date", example = "2024-09-01") String start) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load links (JSON array)", description = DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = LinkLine.class)))
    @APIResponse(responseCode = "200", description = "The report: accepted and refused lines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class),
                    examples = @ExampleObject(name = "report", ref = "LinkImportReport")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Report> importJson(String body) {
        return links.load(actors.current(), jsonLines(body));
    }

    @POST
    @Consumes(CSV)
    @Operation(summary = "Load links (CSV)", description = DESCRIPTION + " CSV: `entity,insz,relation,start` per "
            + "line, comma or semicolon separated.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = "entity,insz,relation,start\nDWSE,85611512387,EMPLOYEE,2024-09-01\n")))
    @APIResponse(responseCode = "200", description = "The report: accepted and refused lines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class),
                    examples = @ExampleObject(name = "report", ref = "LinkImportReport")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Report> importCsv(String body) {
        return links.load(actors.current(), CsvLines.parse(body));
    }

    private List<Line> jsonLines(String body) {
        JsonNode array;
        try {
            array = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            array = null;
        }
        if (array == null || !array.isArray()) {
            throw new GatewayException(ErrorCode.BAD_REQUEST,
                    "The body must be a JSON array of {\"entity\", \"insz\", \"relation\", \"start\"}");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode line = array.get(i);
            lines.add(new Line(i + 1, text(line, "entity"), text(line, "insz"), text(line, "relation"), text(line, "start")));
        }
        return lines;
    }

    /** A field as text; anything else (a number, an object, a missing field) counts as absent and is refused as such. */
    private static String text(JsonNode line, String field) {
        JsonNode value = line.isObject() ? line.get(field) : null;
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
