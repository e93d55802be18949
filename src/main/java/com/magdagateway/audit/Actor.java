package com.magdagateway.audit;

/** Who did something powerful: the calling application, the person at its keyboard when known, and the request. */
public record Actor(String clientId, String endUser, String requestId, String path) {
}
