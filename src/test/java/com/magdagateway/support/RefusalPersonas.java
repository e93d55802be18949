package com.magdagateway.support;

/**
 * The simulated MAGDA's personas for MAGDA's own refusals and for writes whose outcome is slow or unknown (TST
 * numbers, month + 60). GeefPersoon answers each with a FOUT at Antwoord level, echoing the request's reference.
 */
public final class RefusalPersonas {

    /** 40001: no legal context for this question. */
    public static final String NO_LEGAL_CONTEXT = "77661510173";
    /** 40005: access refused. */
    public static final String ACCESS_REFUSED = "77661510272";
    /** 40006: authorization error. */
    public static final String AUTHORIZATION_ERROR = "77661510371";
    /** 20005: MAGDA judged the question invalid. */
    public static final String INVALID_QUESTION = "77661510470";
    /** 50000: MAGDA's internal processing error, in a readable answer. */
    public static final String INTERNAL_ERROR = "77661510569";
    /** 12345: a FOUT code the gateway does not know. */
    public static final String UNKNOWN_FOUT = "77661510668";

    /** RegistreerInschrijving and RegistreerUitschrijving: Resultaat 1, but only after 3 s (under the 4 s test timeout). */
    public static final String SLOW_WRITE = "77661510767";
    /** RegistreerInschrijving and RegistreerUitschrijving: Resultaat 1 after 8 s, beyond the test timeout. */
    public static final String TIMED_OUT_WRITE = "77661510866";

    private RefusalPersonas() {
    }
}
