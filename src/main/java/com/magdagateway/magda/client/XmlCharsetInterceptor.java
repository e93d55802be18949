package com.magdagateway.magda.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Sets the charset CXF decodes a MAGDA answer with by the XML rules ({@link XmlCharset}) instead of HTTP's ISO-8859-1
 * default, which CXF applies when {@code Content-Type} has no charset, as MAGDA-Mock's answers do not.
 */
public final class XmlCharsetInterceptor extends AbstractPhaseInterceptor<Message> {

    public XmlCharsetInterceptor() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        InputStream body = message.getContent(InputStream.class);
        if (body == null) {
            return;
        }
        try {
            InputStream marked = body.markSupported() ? body : new BufferedInputStream(body, XmlCharset.PEEK * 2);
            byte[] head = peek(marked);
            message.setContent(InputStream.class, marked);
            Charset charset = XmlCharset.detect((String) message.get(Message.CONTENT_TYPE), head);
            message.put(Message.ENCODING, charset.name());
        } catch (IOException e) {
            throw new Fault(e);
        }
    }

    /** Reads the first bytes and rewinds, so that the XML reader still sees the whole answer. */
    private static byte[] peek(InputStream in) throws IOException {
        in.mark(XmlCharset.PEEK);
        try {
            return in.readNBytes(XmlCharset.PEEK);
        } finally {
            in.reset();
        }
    }
}
