package com.magdagateway.magda.client;

import java.nio.charset.StandardCharsets;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/** Sends every MAGDA request as UTF-8 and says so ({@code Content-Type: text/xml; charset=UTF-8}), never leaving it implicit. */
public final class Utf8RequestInterceptor extends AbstractPhaseInterceptor<Message> {

    public Utf8RequestInterceptor() {
        super(Phase.SETUP);
    }

    @Override
    public void handleMessage(Message message) {
        message.put(Message.ENCODING, StandardCharsets.UTF_8.name());
    }
}
