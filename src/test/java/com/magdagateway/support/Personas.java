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

    /** Accents everywhere (Léonie Zoë Sürme, Rue de l'Église, Liège), sent as MAGDA-Mock does: no charset, no declaration. */
    public static final String ACCENTS = "88631210182";
    /** Letters outside Latin-1 (Łukasz Żółkiewski, Søndergade, Ærøskøbing): only UTF-8 can carry them. */
    public static final String OUTSIDE_LATIN1 = "83691540711";
    /** Real ISO-8859-1 bytes with {@code <?xml ... encoding="ISO-8859-1"?>} and no HTTP charset (test-only stub). */
    public static final String LATIN1_DECLARED = "90670420396";
    /** Real ISO-8859-1 bytes, {@code Content-Type: text/xml;charset=ISO-8859-1}, no declaration (test-only stub). */
    public static final String LATIN1_HEADER = "77712230582";
    /** Every service answers with another reference than the one sent: 502. */
    public static final String ANOTHER_REFERENCE = "89630322159";
    /** Every read service answers about another person (the full persona of that service): 502. */
    public static final String ANOTHER_PERSON = "86651732370";
    /** GeefPersoon "no data", but for another reference: 502, not 404. */
    public static final String NOT_FOUND_ANOTHER_REFERENCE = "74723142524";

    /**
     * Every optional element the gateway reads (persoon/every-element.xml): married to {@link #EVERY_ELEMENT_PARTNER}
     * after an ended legal cohabitation with him, deceased, two nationalities, an address of each kind, and a 30004
     * warning naming the new INSZ {@link #EVERY_ELEMENT_NEW_INSZ}.
     */
    public static final String EVERY_ELEMENT = "74631210179";
    public static final String EVERY_ELEMENT_PARTNER = "73692820204";
    public static final String EVERY_ELEMENT_NEW_INSZ = "74631210278";
    /** Only the INSZ: every optional element absent (persoon/minimal.xml). */
    public static final String MINIMAL = "60660690951";

    public static final String MAGDA_PATH = "/api/Magda-02.00/soap/WebService";

    private Personas() {
    }
}
