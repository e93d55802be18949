package com.magdagateway.magda.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class XmlCharsetTest {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final String BODY = "<soapenv:Envelope><Voornaam>Léonie</Voornaam></soapenv:Envelope>";

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void magdaMockStyleNoCharsetNoDeclarationIsUtf8() {
        assertThat(XmlCharset.detect("text/xml", bytes(BODY, StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "text/xml", "application/soap+xml", "text/xml; action=\"x\"", "TEXT/XML;" })
    void withoutCharsetOrDeclarationItIsUtf8(String contentType) {
        assertThat(XmlCharset.detect(contentType, bytes(BODY, StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void noBodyAtAllIsUtf8() {
        assertThat(XmlCharset.detect(null, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(XmlCharset.detect("text/xml", new byte[0])).isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/xml; charset=ISO-8859-1|ISO-8859-1",
            "text/xml;charset=iso-8859-1|ISO-8859-1",
            "text/xml; charset=\"UTF-8\"|UTF-8",
            "text/xml; CHARSET = utf-8 ; action=x|UTF-8",
            "application/soap+xml; action=\"urn:x\"; charset=windows-1252|windows-1252",
            "text/xml; charset=latin1|ISO-8859-1" })
    void theHttpCharsetIsHonoured(String contentType, String expected) {
        assertThat(XmlCharset.detect(contentType, bytes(BODY, StandardCharsets.UTF_8))).isEqualTo(Charset.forName(expected));
    }

    @Test
    void theHttpCharsetWinsOverTheDeclaration() {
        byte[] body = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + BODY, LATIN_1);
        assertThat(XmlCharset.detect("text/xml; charset=ISO-8859-1", body)).isEqualTo(LATIN_1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/xml; charset=no-such-charset", "text/xml; charset=\"", "text/xml; charset=" })
    void anUnknownHttpCharsetFallsBackToTheXmlRules(String contentType) {
        byte[] body = bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + BODY, LATIN_1);
        assertThat(XmlCharset.detect(contentType, body)).isEqualTo(LATIN_1);
        assertThat(XmlCharset.detect(contentType, bytes(BODY, StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>|ISO-8859-1",
            "<?xml version='1.0' encoding='iso-8859-1'?>|ISO-8859-1",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>|UTF-8",
            "<?xml version=\"1.0\"\t   encoding = \"windows-1252\"?>|windows-1252",
            "<?xml version=\"1.0\"?>|UTF-8",
            "<?xml version=\"1.0\" encoding=\"x-unknown-9\"?>|UTF-8" })
    void withoutHttpCharsetTheDeclarationDecides(String declaration, String expected) {
        byte[] body = bytes(declaration + BODY, LATIN_1);
        assertThat(XmlCharset.detect("text/xml", body)).isEqualTo(Charset.forName(expected));
    }

    @Test
    void anEncodingWordOutsideTheDeclarationIsNotADeclaration() {
        byte[] body = bytes("<a encoding=\"ISO-8859-1\">é</a>", StandardCharsets.UTF_8);
        assertThat(XmlCharset.detect("text/xml", body)).isEqualTo(StandardCharsets.UTF_8);
        byte[] late = bytes(" <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", LATIN_1);
        assertThat(XmlCharset.detect(null, late)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void byteOrderMarksAreAuthoritative() {
        byte[] utf8Bom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, bytes(BODY, StandardCharsets.UTF_8));
        assertThat(XmlCharset.detect("text/xml", utf8Bom)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(XmlCharset.detect("text/xml; charset=ISO-8859-1", utf8Bom)).isEqualTo(StandardCharsets.UTF_8);

        byte[] be = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, bytes(BODY, StandardCharsets.UTF_16BE));
        assertThat(XmlCharset.detect("text/xml", be)).isEqualTo(StandardCharsets.UTF_16BE);
        byte[] le = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, bytes(BODY, StandardCharsets.UTF_16LE));
        assertThat(XmlCharset.detect(null, le)).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void utf16WithoutBomIsRecognisedFromTheDeclarationLayout() {
        String declared = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + BODY;
        assertThat(XmlCharset.detect("text/xml", bytes(declared, StandardCharsets.UTF_16BE))).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(XmlCharset.detect("text/xml", bytes(declared, StandardCharsets.UTF_16LE))).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void aBodyShorterThanABomIsNotMistakenForOne() {
        assertThat(XmlCharset.detect(null, new byte[] { (byte) 0xEF, (byte) 0xBB })).isEqualTo(StandardCharsets.UTF_8);
        assertThat(XmlCharset.detect(null, new byte[] { (byte) 0xFE })).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void decodingWithTheDetectedCharsetKeepsTheAccents() {
        byte[] mock = bytes("<n>Léonie Sürme Łukasz Ærøskøbing</n>", StandardCharsets.UTF_8);
        assertThat(new String(mock, XmlCharset.detect("text/xml", mock))).contains("Léonie", "Sürme", "Łukasz", "Ærøskøbing");
        byte[] latin = bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><n>Léonie Sürme</n>", LATIN_1);
        assertThat(new String(latin, XmlCharset.detect("text/xml", latin))).contains("Léonie", "Sürme");
    }
}
