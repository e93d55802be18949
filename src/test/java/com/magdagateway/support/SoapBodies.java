package com.magdagateway.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;

import com.magdagateway.magda.client.MagdaResponse;

/** Reads the SOAP body of a stub answer in wiremock/__files with the gateway's own JAXB types. */
public final class SoapBodies {

    private SoapBodies() {
    }

    /** The answer in a stub, its {@code Inhoud} read as {@code content}. */
    public static MagdaResponse answer(String stubFile, Class<?> content) {
        return read(stubFile, MagdaResponse.class, content);
    }

    public static <T> T read(String stubFile, Class<T> type, Class<?>... alsoKnown) {
        try (InputStream in = Files.newInputStream(Path.of("wiremock/__files", stubFile))) {
            XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && !reader.getLocalName().equals("Envelope")
                        && !reader.getLocalName().equals("Body")) {
                    break;
                }
            }
            Class<?>[] classes = new Class<?>[alsoKnown.length + 1];
            classes[0] = type;
            System.arraycopy(alsoKnown, 0, classes, 1, alsoKnown.length);
            return JAXBContext.newInstance(classes).createUnmarshaller().unmarshal(reader, type).getValue();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read stub " + stubFile, e);
        }
    }
}
