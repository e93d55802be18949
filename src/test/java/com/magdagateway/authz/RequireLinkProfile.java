package com.magdagateway.authz;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The employee rule on, as in production ({@code GATEWAY_REQUIRE_LINK=true}). */
public class RequireLinkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.require-link", "true");
    }
}
