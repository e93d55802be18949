package com.magdagateway.magda.client;

import java.util.function.Predicate;

import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;

import io.smallrye.mutiny.Uni;

/**
 * One MAGDA service as its adapter asks it: the request built around the adapter's question content, sent through
 * the service's port, and the answer refused unless it answers that question, then read into the typed content.
 */
public final class MagdaOperation<A> {

    private final String serviceName;
    private final String version;
    private final MagdaPort port;
    private final Class<A> content;
    private final NoData noData;
    private final MagdaEnvelope envelope;
    private final MagdaTransport transport;

    MagdaOperation(String serviceName, String version, MagdaPort port, Class<A> content, NoData noData,
            MagdaEnvelope envelope, MagdaTransport transport) {
        this.serviceName = serviceName;
        this.version = version;
        this.port = port;
        this.content = content;
        this.noData = noData;
        this.envelope = envelope;
        this.transport = transport;
    }

    /**
     * Asks {@code question} (the service's {@code Vraag/Inhoud}) under {@code reference}; {@code aboutAsked} judges
     * whether the answer's content is about the person asked (see {@link MagdaQuestion}).
     */
    public Uni<MagdaAnswer<A>> ask(String reference, Object question, Predicate<A> aboutAsked) {
        MagdaRequest request = envelope.request(serviceName, version, reference, question);
        MagdaQuestion<A> asked = new MagdaQuestion<>(reference, aboutAsked);
        return transport.invoke(handler -> port.send(request, handler))
                .map(response -> MagdaAnswerReader.read(response, content, noData, asked));
    }

    /** The same for answers that name no person: only the reference is compared. */
    public Uni<MagdaAnswer<A>> ask(String reference, Object question) {
        return ask(reference, question, any -> true);
    }
}
