package com.magdagateway.support;

/** The simulated MAGDA's GeefDmfaVoorWerknemer personas (TST numbers, month + 60), one per behaviour of wiremock/dmfa. */
public final class DmfaPersonas {

    /** Four attestations, sent out of order: 2023Q2, 2022Q4, 2023Q3 (cancelled), 2023Q1. */
    public static final String FULL = "79641111117";
    /** MAGDA 30001: known, but no attestations. */
    public static final String NO_DATA = "83662522269";
    /** One attestation (2024Q1) and a 99984 warning. */
    public static final String WARNING = "87700933365";
    /** MAGDA 40003: no registration for this INSZ. */
    public static final String NOT_REGISTERED = "93720144443";
    /** 99996 at Repliek level. */
    public static final String BUSY = "71611955517";
    public static final String SOAP_FAULT = "89680866681";

    /**
     * One attestation (2023Q2) with every optional element the gateway reads: two occupations (part-time then
     * full-time) with performances and remunerations, contributions, a reduction, a student contribution, plus
     * elements it deliberately leaves out (Staving, Kwaliteit, AangeverID, Anomalien).
     */
    public static final String EVERY_FIELD = "84712312588";
    /** One attestation (2023Q4) with only what the XSD requires, and an unknown contract type. */
    public static final String MINIMAL = "84712312786";

    /** Like FULL, with accented status descriptions ("Nieuw – déclaration"), MAGDA-Mock style. */
    public static final String ACCENTS = "79690991782";

    private DmfaPersonas() {
    }
}
