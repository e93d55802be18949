package com.magdagateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;

/** Counting what reached the simulated MAGDA: the proof that fast-fails and refusals really sent nothing. */
public final class WireMockSupport {

    private WireMockSupport() {
    }

    public static int requestsFor(WireMock wiremock, String insz) {
        return wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(containing("<INSZ>" + insz + "</INSZ>"))).size();
    }

    public static int allRequests(WireMock wiremock) {
        return wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))).size();
    }
}
