package com.magdagateway.support;

/** Personas of the simulated GeefGezinssamenstelling (TST numbers, month + 60; BIS numbers are never sent). */
public final class HouseholdPersonas {

    /** Spouse in a household of four that MAGDA lists child, spouse, head, child. */
    public static final String FAMILY = "78632212335";
    public static final String FAMILY_HEAD = "76691105743";
    public static final String FAMILY_CHILD_1 = "10641841226";
    public static final String FAMILY_CHILD_2 = "13670212603";
    /** A household of two plus a MAGDA warning (99984). */
    public static final String WARNING = "91670904528";
    /** No data (30001): 404. Any other valid number answers the same. */
    public static final String NOT_FOUND = "69713021060";
    /** 40003, not registered: 409. */
    public static final String NOT_REGISTERED = "88621431889";
    /** 99996 at Repliek level: 503. */
    public static final String BUSY = "72650507791";
    /** A valid BIS number (month + 40): refused with 422 before MAGDA; no stub exists. */
    public static final String BIS = "86441720145";
    /** A valid BIS number with unknown gender (month + 20). */
    public static final String BIS_GENDER_UNKNOWN = "86241720102";

    /** The spouse (Anaïs Chloé Lefèvre) in a household headed by Günther Bäcker, MAGDA-Mock style. */
    public static final String ACCENTS = "81610150937";
    public static final String ACCENTS_HEAD = "76660661106";

    /**
     * Reference person of a household whose stub carries every optional element of a member (household/every-element.xml):
     * a child listed first, a spouse, and a member with an unknown position code who left on 2024-06-30.
     */
    public static final String EVERY_ELEMENT = "80620240401";
    public static final String EVERY_ELEMENT_PARTNER = "79671750546";
    public static final String EVERY_ELEMENT_CHILD = "12640960647";
    public static final String EVERY_ELEMENT_LEFT = "52613070709";
    /** One member with only INSZ and position: every optional element absent (household/minimal.xml). */
    public static final String MINIMAL = "81710380839";

    private HouseholdPersonas() {
    }
}
