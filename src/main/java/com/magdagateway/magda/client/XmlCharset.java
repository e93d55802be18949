package com.magdagateway.magda.client;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how an XML answer's bytes are to be decoded (RFC 7303 §3.2–3.3, XML 1.0 Appendix F): a byte order mark
 * first, then the HTTP {@code charset}, then the XML declaration's {@code encoding}, else UTF-8. HTTP's historical
 * ISO-8859-1 default for {@code text/*} does not apply to XML, which is exactly what MAGDA-Mock relies on.
 */
public final class XmlCharset {

    /** Enough bytes for a BOM and any sensible XML declaration. */
    public static final int PEEK = 512;

    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?");
    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

    private XmlCharset() {
    }

    /**
     * The charset to decode with.
     *
     * @param contentType the HTTP {@code Content-Type}, possibly null
     * @param head        the first bytes of the body (up to {@link #PEEK}), possibly fewer or none
     */
    public static Charset detect(String contentType, byte[] head) {
        return byteOrderMark(head)
                .or(() -> fromContentType(contentType))
                .or(() -> fromDeclaration(head))
                .orElse(StandardCharsets.UTF_8);
    }

    /** A BOM is authoritative (RFC 7303 §3.3): it cannot be mistaken for the start of a document in another encoding. */
    static Optional<Charset> byteOrderMark(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** The {@code charset} parameter of a Content-Type; an unknown or malformed one is ignored, as if absent. */
    static Optional<Charset> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /**
     * Appendix F without a BOM: UTF-16 recognised by how {@code <?} is laid out, otherwise the ASCII-compatible
     * declaration's {@code encoding} pseudo-attribute.
     */
    static Optional<Charset> fromDeclaration(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (startsWith(head, 0x00, 0x3C, 0x00, 0x3F)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(head, 0x3C, 0x00, 0x3F, 0x00)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        // ASCII-compatible from here on: reading the declaration as Latin-1 maps every byte to one char, safely.
        String text = new String(head, 0, Math.min(head.length, PEEK), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARATION.matcher(text);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head == null || head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
