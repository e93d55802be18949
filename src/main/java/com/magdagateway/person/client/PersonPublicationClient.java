package com.magdagateway.person.client;

import java.util.List;
import java.util.function.BiFunction;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.annotation.XmlElement;

import com.magdagateway.person.Person;

/**
 * Reads the full {@code Persoon} of a MAGDA mutation publication (PubliceerMutatiePersoon 02.02, the same
 * {@code PersoonType} GeefPersoon answers with) using GeefPersoon's wire types, and maps it as a lookup would.
 */
public final class PersonPublicationClient {

    private static final JAXBContext CONTEXT = context();

    private PersonPublicationClient() {
    }

    /**
     * Unmarshals the {@code Persoon} element the reader stands on (leaving the reader after it) and maps it;
     * {@code result} receives the person and the INSZ its {@code Referentiedossier} names, if any.
     */
    public static <T> T read(XMLStreamReader reader, BiFunction<Person, String, T> result) throws XMLStreamException {
        PublishedPersoon persoon;
        try {
            persoon = CONTEXT.createUnmarshaller().unmarshal(reader, PublishedPersoon.class).getValue();
        } catch (JAXBException e) {
            throw new XMLStreamException("Unreadable Persoon: " + e.getClass().getSimpleName(), e);
        }
        GeefPersoonXml.Antwoord antwoord = new GeefPersoonXml.Antwoord();
        antwoord.persoon = persoon;
        String referenceFile = persoon.referentiedossier == null || persoon.referentiedossier.insz == null ? null
                : persoon.referentiedossier.insz.trim();
        return result.apply(GeefPersoonClient.toPerson(antwoord, List.of()), referenceFile); // a publication carries no warnings
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(PublishedPersoon.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The publication's Persoon cannot be bound", e);
        }
    }

    /** GeefPersoon's subset plus the {@code Referentiedossier}, which names the other number of a changed INSZ. */
    static class PublishedPersoon extends GeefPersoonXml.Persoon {
        @XmlElement(name = "Referentiedossier")
        public Referentiedossier referentiedossier;
    }

    static class Referentiedossier {
        @XmlElement(name = "INSZ")
        public String insz;
    }
}
