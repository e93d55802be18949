package com.magdagateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The checked-in contract in openapi/ is exactly what the running gateway serves. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void servedDocumentEqualsTheCheckedInOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String checkedIn = Files.readString(Path.of("openapi/openapi.yaml"));
        assertThat(served.strip())
                .as("openapi/openapi.yaml is stale: after './mvnw package' copy target/openapi/openapi.yaml to openapi/")
                .isEqualTo(checkedIn.strip());
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
