package com.magdagateway.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents once what every operation on a person shares: the {@code X-Entity} and {@code X-End-User} headers and the
 * answers of the pipeline
 * (invalid INSZ, no token, entity refused, beyond the client's share, MAGDA failing), so that a resource states only its own answers.
 */
public class PersonOperationDocs implements OASFilter {

    static final String PERSON_PATHS = "/api/v1/persons/{insz}";

    /** Responses in the order they are listed; a resource's own response for a code wins (e.g. its own 400). */
    private static final Map<String, String> SHARED_RESPONSES = Map.of(
            "400", "InszInvalid",
            "401", "Unauthenticated",
            "403", "EntityRefused",
            "429", "TooManyRequests",
            "502", "BackendError",
            "503", "BackendUnavailable",
            "504", "BackendTimeout");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(PERSON_PATHS)) {
                item.getOperations().values().forEach(PersonOperationDocs::addShared);
            }
        });
    }

    private static void addShared(Operation operation) {
        List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        int firstShared = 0;
        while (firstShared < parameters.size() && parameters.get(firstShared).getRef() == null) {
            firstShared++;
        }
        parameters.add(firstShared, OASFactory.createParameter().ref("endUser"));
        parameters.add(firstShared, OASFactory.createParameter().ref("entity")); // beside the shared "insz"
        operation.setParameters(parameters);

        APIResponses responses = operation.getResponses();
        Map<String, APIResponse> all = new LinkedHashMap<>();
        SHARED_RESPONSES.forEach((code, ref) -> all.put(code, OASFactory.createAPIResponse().ref(ref)));
        all.putAll(responses.getAPIResponses());
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        all.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        responses.setAPIResponses(ordered);
    }
}
