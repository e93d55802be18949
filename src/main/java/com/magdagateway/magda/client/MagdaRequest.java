package com.magdagateway.magda.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The SOAP body of every MAGDA request ({@code GeefPersoon}, {@code RegistreerInschrijving}, ...): a {@code Verzoek}
 * with our {@code Context} and one {@code Vraag}. The body element's own name and namespace come from each service's
 * port; the {@code Inhoud} is the service's question content, built by {@link MagdaEnvelope}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MagdaRequest")
public class MagdaRequest {

    @XmlElement(name = "Verzoek")
    public Verzoek verzoek = new Verzoek();

    /** {@code Verzoek}: the context, then the questions (the gateway asks one at a time). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaVerzoek", propOrder = { "context", "vragen" })
    public static class Verzoek {
        @XmlElement(name = "Context")
        public MagdaContext context;

        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    /** One {@code Vraag}: our reference and the service's {@code Inhoud} (a {@code JAXBElement} named Inhoud). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaVraag", propOrder = { "referte", "inhoud" })
    public static class Vraag {
        @XmlElement(name = "Referte")
        public String referte;

        @XmlAnyElement(lax = true)
        public Object inhoud;
    }
}
