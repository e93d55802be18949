package com.magdagateway.health.client;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.magdagateway.insz.InszFreeUuids;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.client.MagdaEnvelope;
import com.magdagateway.magda.client.MagdaOperation;
import com.magdagateway.magda.client.MagdaTransport;

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

    private final MagdaOperation<IsBeschikbaarXml.Inhoud> isBeschikbaar;
    private final MagdaEnvelope envelope;
    private final Duration timeout;
    private final Uni<Void> cachedProbe;

    MagdaProbe(@CXFClient("IsBeschikbaar") IsBeschikbaarXml.Port port, MagdaTransport transport, MagdaEnvelope envelope,
            MagdaConfig config, @ConfigProperty(name = "gateway.health.probe-timeout", defaultValue = "PT2S") Duration timeout,
            @ConfigProperty(name = "gateway.health.probe-cache", defaultValue = "PT10S") Duration cache) {
        transport.prepare(port, config.url(), timeout);
        this.isBeschikbaar = transport.operation(SERVICE, VERSION, port::IsBeschikbaarAsync, IsBeschikbaarXml.Inhoud.class,
                NoData.NOT_FOUND);
        this.envelope = envelope;
        this.timeout = timeout;
        this.cachedProbe = Uni.createFrom().deferred(this::probe).memoize().atLeast(cache);
    }

    /** Completes when MAGDA answered IsBeschikbaar without an error; fails otherwise (possibly from the cache). */
    public Uni<Void> available() {
        return cachedProbe;
    }

    private Uni<Void> probe() {
        IsBeschikbaarXml.Inhoud vraag = new IsBeschikbaarXml.Inhoud();
        vraag.vraagTijd = envelope.now();
        return isBeschikbaar.ask(InszFreeUuids.randomText(), vraag)
                .ifNoItem().after(timeout).fail()
                .replaceWithVoid();
    }
}
