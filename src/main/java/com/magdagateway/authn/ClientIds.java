package com.magdagateway.authn;

/** What a calling application's client id (the token claim {@code GATEWAY_CLIENT_ID_CLAIM}) may look like in a URL. */
public final class ClientIds {

    /** Letters, digits and the separators of URIs and service accounts; no blanks, at most 200 characters. */
    public static final String PATTERN = "[A-Za-z0-9._:/@-]{1,200}";

    private ClientIds() {
    }
}
