package com.magdagateway.magda.client;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The {@code Context} block that opens every MAGDA request and answer. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ContextType", propOrder = { "naam", "versie", "bericht" })
public class MagdaContext {

    @XmlElement(name = "Naam")
    public String naam;

    @XmlElement(name = "Versie")
    public String versie;

    @XmlElement(name = "Bericht")
    public Bericht bericht;

    /** {@code Context/Bericht}: message type, timestamp, sender and (in answers) receiver. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "BerichtType", propOrder = { "type", "tijdstip", "afzender", "ontvanger" })
    public static class Bericht {
        @XmlElement(name = "Type")
        public String type;

        @XmlElement(name = "Tijdstip")
        public Tijdstip tijdstip;

        @XmlElement(name = "Afzender")
        public Partij afzender;

        @XmlElement(name = "Ontvanger")
        public Partij ontvanger;
    }

    /** A party of the exchange: our client id, the per-call reference and our capacity code. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "PartijType", propOrder = { "identificatie", "naam", "referte", "hoedanigheid" })
    public static class Partij {
        @XmlElement(name = "Identificatie")
        public String identificatie;

        @XmlElement(name = "Naam")
        public String naam;

        @XmlElement(name = "Referte")
        public String referte;

        @XmlElement(name = "Hoedanigheid")
        public String hoedanigheid;
    }
}
