package com.magdagateway.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;

/** Reads the SOAP body of a stub answer in wiremock/__files with the gateway's own JAXB types. */
public final class SoapBodies {

    private SoapBodies() {
    }

    public static <T> T read(String stubFile, Class<T> type) {
        try (InputStream in = Files.newInputStream(Path.of("wiremock/__files", stubFile))) {
            XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && !reader.getLocalName().equals("Envelope")
                        && !reader.getLocalName().equals("Body")) {
                    break;
                }
            }
            return JAXBContext.newInstance(type).createUnmarshaller().unmarshal(reader, type).getValue();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read stub " + stubFile, e);
        }
    }
}
