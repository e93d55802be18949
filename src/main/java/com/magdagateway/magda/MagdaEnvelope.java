package com.magdagateway.magda;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.magda.xml.MagdaContext;
import com.magdagateway.magda.xml.Tijdstip;

/** Builds the {@code Context} every MAGDA request opens with: service, version, timestamp and our identity. */
@ApplicationScoped
public class MagdaEnvelope {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final MagdaConfig config;

    public MagdaEnvelope(MagdaConfig config) {
        this.config = config;
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
