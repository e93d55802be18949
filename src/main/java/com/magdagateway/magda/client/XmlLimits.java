package com.magdagateway.magda.client;

import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLInputFactory2;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

/**
 * Explicit limits for parsing MAGDA's answers (CXF's StAX reader), far above any real answer and far below what
 * would hurt: a hostile or broken backend cannot make the gateway parse without end. DTDs are never processed, so
 * external entities and entity expansion cannot happen.
 * <p>
 * The limits are built into the StAX factory CXF uses for our answers, not only set as CXF's per-message
 * {@code org.apache.cxf.stax.*} properties: Woodstox reads some of them (attributes per element) when a reader is
 * created, so a reader configured afterwards would still apply CXF's looser defaults (500 attributes).
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

    /** Shared by every MAGDA client; CXF synchronizes on it while creating a reader. */
    private static final XMLInputFactory FACTORY = inputFactory();

    static void apply(Map<String, Object> context) {
        context.put(XMLInputFactory.class.getName(), FACTORY);
        context.put("org.apache.cxf.stax.maxElementDepth", MAX_ELEMENT_DEPTH);
        context.put("org.apache.cxf.stax.maxChildElements", MAX_CHILD_ELEMENTS);
        context.put("org.apache.cxf.stax.maxElementCount", MAX_ELEMENT_COUNT);
        context.put("org.apache.cxf.stax.maxAttributeCount", MAX_ATTRIBUTE_COUNT);
        context.put("org.apache.cxf.stax.maxAttributeSize", MAX_ATTRIBUTE_SIZE);
        context.put("org.apache.cxf.stax.maxTextLength", MAX_TEXT_LENGTH);
        context.put("org.apache.cxf.stax.maxXMLCharacters", MAX_XML_CHARACTERS);
    }

    /** A Woodstox factory that refuses DTDs and external entities and carries every limit above. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Woodstox checks the text length per text event, and only for text it reads: coalesced, a text node is one
        // event, and without lazy parsing the text of elements that JAXB skips is read (and measured) too.
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External entities are not resolved");
        });
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_ELEMENT_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, MAX_CHILD_ELEMENTS);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, MAX_ELEMENT_COUNT);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTE_COUNT);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_SIZE);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
        factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, MAX_XML_CHARACTERS);
        return factory;
    }
}
