package com.magdagateway.support;

/** Personas of the simulated GeefLoopbaanARZA (TST numbers, month + 60). */
public final class SelfEmploymentPersonas {

    /** Two funds, three career periods, the last one ongoing and without a profession. */
    public static final String TWO_FUNDS = "76691215710";
    /** One fund, one period, plus a MAGDA warning (99984). */
    public static final String WARNING = "83700326436";
    /** No data (30001): an empty list. Any other valid number answers the same. */
    public static final String NO_DATA = "95612508931";
    /** 40003, not registered: 409. */
    public static final String NOT_REGISTERED = "70661813197";
    /** 99996 at Repliek level: 503. */
    public static final String BUSY = "65720104944";
    /** A valid BIS number (cross-border self-employed): allowed here, unlike for the household. */
    public static final String BIS = "87440315547";

    /**
     * Every optional element of the answer: the person's enterprise number, fund name and number, a secondary, an
     * assimilated (illness) and an ongoing period in a category that is neither main nor secondary occupation.
     */
    public static final String EVERY_FIELD = "81631420166";
    /** No optional element at all: a fund with only its number, one ongoing period with only its codes. */
    public static final String MINIMAL = "81631420364";

    /** Like TWO_FUNDS, with accented fund and profession names, MAGDA-Mock style. */
    public static final String ACCENTS = "84680871326";

    private SelfEmploymentPersonas() {
    }
}
