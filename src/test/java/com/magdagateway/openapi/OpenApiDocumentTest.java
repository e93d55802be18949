package com.magdagateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.magdagateway.problem.ErrorCode;

import io.quarkus.test.junit.QuarkusTest;

/** The checked-in contract in openapi/ is exactly what the running gateway serves. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocumentEqualsTheCheckedInOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target/openapi-served.yaml"), served); // for a diff when this test fails
        // Compared as trees: the generator does not promise a stable order of keys, only their content.
        JsonNode servedTree = YAML.readTree(served);
        JsonNode checkedIn = YAML.readTree(Path.of("openapi/openapi.yaml").toFile());
        assertThat(servedTree)
                .as("openapi/openapi.yaml is stale: compare with target/openapi-served.yaml and copy it over")
                .isEqualTo(checkedIn);
    }

    @Test
    void documentsEveryOperationWithItsErrorResponses() throws IOException {
        JsonNode paths = YAML.readTree(Path.of("openapi/openapi.yaml").toFile()).get("paths");
        assertThat(paths.get("/api/v1/persons/{insz}").get("get").get("responses").fieldNames())
                .toIterable().contains("200", "400", "401", "403", "404", "502", "503", "504");
    }

    @Test
    void theProblemSchemaNamesEveryErrorCodeTheGatewayAnswers() throws IOException {
        JsonNode codes = YAML.readTree(Path.of("openapi/openapi.yaml").toFile())
                .at("/components/schemas/Problem/properties/code/enum");
        List<String> documented = new ArrayList<>();
        codes.forEach(code -> documented.add(code.asText()));
        assertThat(documented).containsExactlyInAnyOrder(
                Arrays.stream(ErrorCode.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
