package com.magdagateway.http;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/** Parses numeric query parameters ourselves, so that "page=abc" is a 400 rather than JAX-RS's 404. */
public final class QueryParams {

    private QueryParams() {
    }

    public static int intParam(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new GatewayException(ErrorCode.BAD_REQUEST,
                "'" + name + "' must be a whole number from " + min + " to " + max);
    }
}
