package com.magdagateway.magda;

import java.util.Map;

/**
 * Explicit limits for parsing MAGDA's answers (CXF's StAX reader), far above any real answer and far below what
 * would hurt: a hostile or broken backend cannot make the gateway parse without end. DTDs are never processed
 * (CXF's default, kept), so external entities and entity expansion cannot happen.
 */
public final class XmlLimits {

    /** Deepest element nesting; real answers stay under 20. */
    public static final int MAX_ELEMENT_DEPTH = 64;
    /** Children of one element; the longest real lists (declarations, attestations) stay in the hundreds. */
    public static final int MAX_CHILD_ELEMENTS = 10_000;
    /** Elements in one answer. */
    public static final long MAX_ELEMENT_COUNT = 500_000;
    /** Attributes on one element, and the length of one attribute value. */
    public static final int MAX_ATTRIBUTE_COUNT = 32;
    public static final int MAX_ATTRIBUTE_SIZE = 8_192;
    /** Length of one text node. */
    public static final int MAX_TEXT_LENGTH = 1_048_576;
    /** Characters in one answer: 10 MiB. */
    public static final long MAX_XML_CHARACTERS = 10L * 1024 * 1024;

    private XmlLimits() {
    }

    static void apply(Map<String, Object> context) {
        context.put("org.apache.cxf.stax.maxElementDepth", MAX_ELEMENT_DEPTH);
        context.put("org.apache.cxf.stax.maxChildElements", MAX_CHILD_ELEMENTS);
        context.put("org.apache.cxf.stax.maxElementCount", MAX_ELEMENT_COUNT);
        context.put("org.apache.cxf.stax.maxAttributeCount", MAX_ATTRIBUTE_COUNT);
        context.put("org.apache.cxf.stax.maxAttributeSize", MAX_ATTRIBUTE_SIZE);
        context.put("org.apache.cxf.stax.maxTextLength", MAX_TEXT_LENGTH);
        context.put("org.apache.cxf.stax.maxXMLCharacters", MAX_XML_CHARACTERS);
    }
}
