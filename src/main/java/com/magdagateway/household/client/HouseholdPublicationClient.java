package com.magdagateway.household.client;

import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import com.magdagateway.household.Household;

/**
 * Reads the {@code Gezinssamenstelling} of a MAGDA mutation publication (PubliceerMutatieGezinssamenstelling 02.02,
 * the same {@code GezinssamenstellingType} GeefGezinssamenstelling answers with) and maps it as a lookup would.
 */
public final class HouseholdPublicationClient {

    private static final JAXBContext CONTEXT = context();

    private HouseholdPublicationClient() {
    }

    /** Unmarshals the {@code Gezinssamenstelling} element the reader stands on (leaving the reader after it). */
    public static Household read(XMLStreamReader reader, String insz) throws XMLStreamException {
        GeefGezinssamenstellingXml.Antwoord antwoord = new GeefGezinssamenstellingXml.Antwoord();
        try {
            antwoord.gezinsleden = CONTEXT.createUnmarshaller()
                    .unmarshal(reader, GeefGezinssamenstellingXml.Gezinsleden.class).getValue();
        } catch (JAXBException e) {
            throw new XMLStreamException("Unreadable Gezinssamenstelling: " + e.getClass().getSimpleName(), e);
        }
        return GeefGezinssamenstellingClient.toHousehold(insz, antwoord);
    }

    /** A mutation without a {@code Gezinssamenstelling}: the person no longer belongs to a household MAGDA lists. */
    public static Household none(String insz) {
        return new Household(insz, List.of(), null);
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(GeefGezinssamenstellingXml.Gezinsleden.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The publication's Gezinssamenstelling cannot be bound", e);
        }
    }
}
