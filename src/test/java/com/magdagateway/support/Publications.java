package com.magdagateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Mutation publications for tests: the hand-written files under {@code src/test/resources/mutations/} and generated
 * PubliceerMutatiePersoon files of any size (written as a stream, never held in memory).
 */
public final class Publications {

    /** Personas of the hand-written files (TST numbers). */
    public static final String JAN = "85611512387";
    public static final String ELS = "77630511844";
    public static final String AN_OLD = "90622024029";
    public static final String AN_NEW = "90622024128";
    public static final String TOM = "78662212356";
    public static final String BART = "88610123471";

    private Publications() {
    }

    public static InputStream resource(String name) {
        InputStream in = Publications.class.getResourceAsStream("/mutations/" + name);
        if (in == null) {
            throw new IllegalStateException("No test publication " + name);
        }
        return in;
    }

    public static byte[] bytes(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a PubliceerMutatiePersoon with {@code count} Onderwerpen about {@code insz}, Refertes
     * {@code prefix-000001} and up, each with a reason of {@code padding} characters to make the file heavy.
     */
    public static Path generate(Path file, String prefix, int count, String insz, int padding) throws IOException {
        String reason = "Adreswijziging " + "x".repeat(Math.max(0, padding));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pmp:PubliceerMutatiePersoon "
                    + "xmlns:pmp=\"http://magda.vlaanderen.be/persoon/file/publiceermutatiepersoon/v02_02\">\n"
                    + "<Publicatie><Context><Naam>PubliceerMutatiePersoon</Naam><Versie>02.02.0000</Versie></Context>\n"
                    + "<Onderwerpen>\n");
            for (int i = 1; i <= count; i++) {
                out.write(String.format("<Onderwerp><Referte>%s-%06d</Referte><Inhoud><MutatiePersoon>"
                        + "<MutatieInformatie><Tijdstip>2026-11-30T06:00:00</Tijdstip><Reden>%s</Reden></MutatieInformatie>"
                        + "<Persoon><INSZ>%s</INSZ><Naam><Achternamen><Achternaam>Generated</Achternaam></Achternamen>"
                        + "<Voornamen><Voornaam>Number%d</Voornaam></Voornamen></Naam><Geslacht><Code>1</Code></Geslacht>"
                        + "<Adressen><Hoofdverblijfplaats DatumBegin=\"2026-11-30\"><Straatnaam><String>Straat %d</String>"
                        + "</Straatnaam><Huisnummer>%d</Huisnummer><Postcode>1000</Postcode><Gemeentenaam><String>Brussel"
                        + "</String></Gemeentenaam><ISOCodeLand>BE</ISOCodeLand></Hoofdverblijfplaats></Adressen>"
                        + "</Persoon></MutatiePersoon></Inhoud></Onderwerp>\n", prefix, i, reason, insz, i, i, i));
            }
            out.write("</Onderwerpen></Publicatie></pmp:PubliceerMutatiePersoon>\n");
        }
        return file;
    }
}
