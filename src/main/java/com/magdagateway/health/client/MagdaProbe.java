package com.magdagateway.health.client;

import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.magdagateway.magda.MagdaAnswerReader;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaEnvelope;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.MagdaTransport;

import io.quarkiverse.cxf.annotation.CXFClient;
import io.smallrye.mutiny.Uni;

/**
 * Asks MAGDA whether it is available ({@code Generiek.IsBeschikbaar 02.00}) with a short timeout. The answer is
 * cached for a few seconds, shared by concurrent callers, so that a burst of monitoring calls sends one probe.
 */
@ApplicationScoped
public class MagdaProbe {

    static final String SERVICE = "IsBeschikbaar";
    static final String VERSION = "02.00.0000";

    private final IsBeschikbaarPort port;
    private final MagdaTransport transport;
    private final MagdaEnvelope envelope;
    private final MagdaConfig config;
    private final Duration timeout;
    private final Uni<Void> cachedProbe;

    public MagdaProbe(@CXFClient("IsBeschikbaar") IsBeschikbaarPort port, MagdaTransport transport, MagdaEnvelope envelope,
            MagdaConfig config, @ConfigProperty(name = "gateway.health.probe-timeout", defaultValue = "PT2S") Duration timeout,
            @ConfigProperty(name = "gateway.health.probe-cache", defaultValue = "PT10S") Duration cache) {
        this.port = port;
        this.transport = transport;
        this.envelope = envelope;
        this.config = config;
        this.timeout = timeout;
        this.cachedProbe = Uni.createFrom().deferred(this::probe).memoize().atLeast(cache);
    }

    @PostConstruct
    void prepare() {
        transport.prepare(port, config.url(), timeout);
    }

    /** Completes when MAGDA answered IsBeschikbaar without an error; fails otherwise (possibly from the cache). */
    public Uni<Void> available() {
        return cachedProbe;
    }

    private Uni<Void> probe() {
        String reference = UUID.randomUUID().toString();
        IsBeschikbaarXml.Inhoud inhoud = new IsBeschikbaarXml.Inhoud();
        inhoud.vraagTijd = envelope.now();
        IsBeschikbaarXml.Vraag vraag = new IsBeschikbaarXml.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud;
        IsBeschikbaarXml.Verzoek verzoek = new IsBeschikbaarXml.Verzoek();
        verzoek.context = envelope.context(SERVICE, VERSION, reference);
        verzoek.vragen.add(vraag);
        IsBeschikbaarXml.Request request = new IsBeschikbaarXml.Request();
        request.verzoek = verzoek;
        return transport.<IsBeschikbaarXml.Inhoud, IsBeschikbaarXml.Response> call(
                handler -> port.isBeschikbaarAsync(request, handler), MagdaAnswerReader.NoData.NOT_FOUND,
                MagdaQuestion.reference(reference))
                .ifNoItem().after(timeout).fail()
                .replaceWithVoid();
    }
}
