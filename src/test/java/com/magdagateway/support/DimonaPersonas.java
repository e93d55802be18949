package com.magdagateway.support;

/** The simulated MAGDA's GeefWerkrelaties personas (TST numbers, month + 60), one per behaviour of wiremock/dimona. */
public final class DimonaPersonas {

    /**
     * Seven declarations, sent out of order: 2021-03-01..2022-06-30, 2022-09-01..2023-01-01,
     * 2022-12-31..2022-12-31, 2023-04-01..2023-06-30, 2023-05-15..2023-05-20 (cancelled), 2023-12-31..open-ended,
     * 2024-02-01..2024-03-31.
     */
    public static final String FULL = "78631410106";
    /** MAGDA 30001: known, but no declarations. */
    public static final String NO_DATA = "81652220233";
    /** Two declarations and a 30030 warning (answer truncated). */
    public static final String WARNING = "86690330353";
    /** MAGDA 40003: no registration for this INSZ. */
    public static final String NOT_REGISTERED = "92711740460";
    /** 99996 at Repliek level. */
    public static final String BUSY = "69622850553";
    public static final String SOAP_FAULT = "88670760646";

    /**
     * Every optional element: a DIBISS student declaration through an agency, with sub-unit, times, planned days,
     * control cards, workplace and creation/modification instants, and an RSZ one with unknown worker type and action.
     */
    public static final String EVERY_FIELD = "82650941141";
    /** One declaration carrying only its number and its cancelled flag, as the XSD allows. */
    public static final String MINIMAL = "82650941339";

    /** Like FULL, with accented action descriptions ("In dienst – geïntegreerd"), MAGDA-Mock style. */
    public static final String ACCENTS = "82620281520";

    private DimonaPersonas() {
    }
}
