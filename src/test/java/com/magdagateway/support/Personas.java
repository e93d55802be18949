package com.magdagateway.support;

/** The simulated MAGDA's test personas (TST numbers, month + 60), one per behaviour the stubs in wiremock/ show. */
public final class Personas {

    public static final String FULL = "85611512387";
    public static final String INCOMPLETE_BIRTH_DATE = "00600009563";
    public static final String WARNING = "90720345605";
    public static final String NOT_FOUND = "75060178922";
    public static final String BUSY = "80091023445";
    public static final String SOAP_FAULT = "82032034522";
    public static final String UNREADABLE = "83112545632";
    public static final String SLOW = "84073056755";
    /** Valid, but no stub knows it: the simulated MAGDA answers 30001. */
    public static final String UNKNOWN = "85011512355";

    public static final String MAGDA_PATH = "/api/Magda-02.00/soap/WebService";

    private Personas() {
    }
}
