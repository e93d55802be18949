package com.magdagateway.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A JSON answer read as written, so that tests can compare the order in which documents list their fields. */
public final class FieldOrder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldOrder() {
    }

    /** The document as written (Jackson keeps an object's fields in their order). */
    public static JsonNode read(String json) throws JsonProcessingException {
        return JSON.readTree(json);
    }

    /** The names of an object's fields, in the order the document lists them. */
    public static List<String> of(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
