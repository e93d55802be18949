package com.magdagateway.registration.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.magdagateway.link.LinkDates;
import com.magdagateway.link.LinkRelation;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/**
 * The PUT body {@code {"relation": "EMPLOYEE"|"NON_EMPLOYEE", "from": "YYYY-MM-DD"}}, read by hand so that every
 * mistake is a 400 problem naming the field; no body at all is an employee from today (the contract before v1.1).
 */
record RegistrationBody(LinkRelation relation, LocalDate from) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> FIELDS = Set.of("relation", "from");

    static RegistrationBody parse(String body) {
        if (body == null || body.isBlank()) {
            return new RegistrationBody(LinkRelation.EMPLOYEE, LinkDates.today());
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw bad("The body must be JSON: {\"relation\": \"EMPLOYEE\"|\"NON_EMPLOYEE\", \"from\": \"YYYY-MM-DD\"}");
        }
        if (json == null || !json.isObject()) {
            throw bad("The body must be a JSON object: {\"relation\": \"EMPLOYEE\"|\"NON_EMPLOYEE\", \"from\": \"YYYY-MM-DD\"}");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw bad("Unknown field '" + clip(name) + "': the body has 'relation' and 'from' only");
            }
        }
        return new RegistrationBody(relation(json.get("relation")), from(json.get("from")));
    }

    private static LinkRelation relation(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw bad("'relation' is required: EMPLOYEE or NON_EMPLOYEE");
        }
        try {
            return LinkRelation.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            throw bad("'relation' must be EMPLOYEE or NON_EMPLOYEE");
        }
    }

    private static LocalDate from(JsonNode node) {
        if (node == null || node.isNull()) {
            return LinkDates.today();
        }
        if (node.isTextual() && ISO_DATE.matcher(node.asText()).matches()) {
            try {
                return LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                // reported below, without echoing the caller's input
            }
        }
        throw bad("'from' must be a real date written YYYY-MM-DD");
    }

    private static String clip(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }

    private static GatewayException bad(String detail) {
        return new GatewayException(ErrorCode.BAD_REQUEST, detail);
    }
}
