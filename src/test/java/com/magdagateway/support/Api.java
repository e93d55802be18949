package com.magdagateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as a well-behaved HR application sends them. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification consult() {
        return given();
    }
}
