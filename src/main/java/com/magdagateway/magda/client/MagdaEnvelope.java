package com.magdagateway.magda.client;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.namespace.QName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.JAXBElement;

import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaService;

/** Builds every MAGDA request: the {@code Context} (service, version, timestamp, our identity) and one {@code Vraag}. */
@ApplicationScoped
public class MagdaEnvelope {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final MagdaConfig config;

    public MagdaEnvelope(MagdaConfig config) {
        this.config = config;
    }

    private static final QName INHOUD = new QName("Inhoud");

    /**
     * The request for one question: {@code inhoud} is the service's question content, written as the Vraag's
     * {@code Inhoud}; {@code reference} is the fresh UUID that MAGDA echoes and we audit.
     */
    public MagdaRequest request(String serviceName, String version, String reference, Object inhoud) {
        MagdaRequest.Vraag vraag = new MagdaRequest.Vraag();
        vraag.referte = reference;
        vraag.inhoud = inhoud == null ? null : element(inhoud);
        MagdaRequest request = new MagdaRequest();
        request.verzoek.context = context(serviceName, version, reference);
        request.verzoek.vragen.add(vraag);
        return request;
    }

    @SuppressWarnings("unchecked")
    private static <T> JAXBElement<T> element(T inhoud) {
        return new JAXBElement<>(INHOUD, (Class<T>) inhoud.getClass(), inhoud);
    }

    /** A request context for one call; {@code reference} is the fresh UUID that MAGDA echoes and we audit. */
    public MagdaContext context(MagdaService service, String reference) {
        return context(service.serviceName(), service.version(), reference);
    }

    /** A request context for a MAGDA service the gateway does not wrap, such as the availability probe. */
    public MagdaContext context(String serviceName, String version, String reference) {
        MagdaContext.Partij afzender = new MagdaContext.Partij();
        afzender.identificatie = config.clientId();
        afzender.referte = reference;
        afzender.hoedanigheid = config.capacity();

        Tijdstip tijdstip = now();

        MagdaContext.Bericht bericht = new MagdaContext.Bericht();
        bericht.type = "VRAAG";
        bericht.tijdstip = tijdstip;
        bericht.afzender = afzender;

        MagdaContext context = new MagdaContext();
        context.naam = serviceName;
        context.versie = version;
        context.bericht = bericht;
        return context;
    }

    /** The current time as MAGDA writes it (Brussels time). */
    public Tijdstip now() {
        ZonedDateTime now = ZonedDateTime.now(BRUSSELS);
        Tijdstip tijdstip = new Tijdstip();
        tijdstip.datum = now.toLocalDate().toString();
        tijdstip.tijd = TIME.format(now);
        return tijdstip;
    }
}
