package com.magdagateway.support;

/**
 * The simulated MAGDA's registration personas (TST numbers, month + 60); each behaves the same towards
 * RegistreerInschrijving and RegistreerUitschrijving unless noted. Any other valid INSZ is accepted (Resultaat 1).
 */
public final class RegistrationPersonas {

    /** Resultaat 1 (geslaagd). */
    public static final String ACCEPTED = "87671210189";
    /**
     * Warning 40143 "already registered": beside Resultaat 0 on RegistreerInschrijving (the warning must win),
     * beside Resultaat 1 on RegistreerUitschrijving.
     */
    public static final String ALREADY_REGISTERED = "91630520359";
    /** Resultaat 0 (niet geslaagd). */
    public static final String REJECTED = "79692230513";
    /** 99996 "too many concurrent requests" at Repliek level. */
    public static final String BUSY = "83641440706";
    /** An Antwoord with neither Resultaat nor Uitzondering: the outcome of the write is unknown. */
    public static final String NO_RESULT = "95713050916";
    /** RegistreerUitschrijving only: 40003, no registration for this INSZ. */
    public static final String NOT_REGISTERED = "83690261103";

    /** RegistreerInschrijving: Resultaat 0 described "Niet geslaagd – identité non confirmée". */
    public static final String REJECTED_ACCENTS = "87670711927";

    private RegistrationPersonas() {
    }
}
