package com.magdagateway.mutation.client;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import com.magdagateway.magda.client.XmlLimits;

/**
 * A reader that knows its element depth and, while guarding one Onderwerp, holds it to the size of one MAGDA answer
 * (elements and characters), so that a single huge Onderwerp is refused before it is built in memory.
 */
final class GuardedReader extends StreamReaderDelegate {

    private int depth;
    private boolean guarding;
    private long elements;
    private long startOffset;

    GuardedReader(XMLStreamReader reader) {
        super(reader);
        if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
            depth = 1;
        }
    }

    /** At a start or end tag: the depth of that element (the root is 1). */
    int depth() {
        return depth;
    }

    void startGuarding() {
        guarding = true;
        elements = 0;
        startOffset = offset();
    }

    void stopGuarding() {
        guarding = false;
    }

    @Override
    public int next() throws XMLStreamException {
        if (getEventType() == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (guarding && ++elements > XmlLimits.MAX_ELEMENT_COUNT) {
                throw new MutationPublicationClient.OnderwerpInvalid(
                        "Onderwerp has more than " + XmlLimits.MAX_ELEMENT_COUNT + " elements");
            }
        }
        if (guarding && offset() - startOffset > XmlLimits.MAX_XML_CHARACTERS) {
            throw new MutationPublicationClient.OnderwerpInvalid(
                    "Onderwerp is longer than " + XmlLimits.MAX_XML_CHARACTERS + " characters");
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace() || event == XMLStreamConstants.SPACE
                || event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("Expected a tag");
        }
        return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        return elementText();
    }

    /** The text of a text-only element, leaving the reader on its end tag (through {@link #next()}, so counted). */
    String elementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int event = next();
        while (event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                text.append(getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new MutationPublicationClient.OnderwerpInvalid(
                        "Element " + getLocalName() + " where only text is allowed");
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("Unexpected end of the document");
            }
            event = next();
        }
        return text.toString();
    }

    private long offset() {
        return getLocation() == null ? 0 : getLocation().getCharacterOffset();
    }
}
