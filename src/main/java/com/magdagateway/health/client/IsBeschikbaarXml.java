package com.magdagateway.health.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import com.magdagateway.magda.xml.MagdaAntwoord;
import com.magdagateway.magda.xml.MagdaRepliek;
import com.magdagateway.magda.xml.MagdaResponse;
import com.magdagateway.magda.xml.MagdaVerzoek;
import com.magdagateway.magda.xml.MagdaVraag;
import com.magdagateway.magda.xml.Tijdstip;

/** Our own JAXB subset of Generiek.IsBeschikbaar 02.00: a question time in, question and answer times out. */
public final class IsBeschikbaarXml {

    private IsBeschikbaarXml() {
    }

    /** SOAP body of the request. */
    @XmlRootElement(name = "IsBeschikbaar", namespace = IsBeschikbaarPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "IsBeschikbaarRequest")
    public static class Request {
        @XmlElement(name = "Verzoek")
        public Verzoek verzoek;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "IsBeschikbaarVerzoek")
    public static class Verzoek extends MagdaVerzoek {
        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "IsBeschikbaarVraag")
    public static class Vraag extends MagdaVraag {
        @XmlElement(name = "Inhoud")
        public Inhoud inhoud;
    }

    /** {@code VraagTijd} going out, {@code VraagTijd} and {@code AntwoordTijd} coming back. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "IsBeschikbaarInhoud")
    public static class Inhoud {
        @XmlElement(name = "VraagTijd")
        public Tijdstip vraagTijd;
        @XmlElement(name = "AntwoordTijd")
        public Tijdstip antwoordTijd;
    }

    /** SOAP body of the answer. */
    @XmlRootElement(name = "IsBeschikbaarResponse", namespace = IsBeschikbaarPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "IsBeschikbaarResponse")
    public static class Response implements MagdaResponse<Inhoud> {
        @XmlElement(name = "Repliek")
        public Repliek repliek;

        @Override
        public Repliek repliek() {
            return repliek;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "IsBeschikbaarRepliek")
    public static class Repliek extends MagdaRepliek<Inhoud> {
        @XmlElementWrapper(name = "Antwoorden")
        @XmlElement(name = "Antwoord")
        public List<Antwoord> antwoorden = new ArrayList<>();

        @Override
        public List<Antwoord> antwoorden() {
            return antwoorden;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "IsBeschikbaarAntwoord")
    public static class Antwoord extends MagdaAntwoord<Inhoud> {
        @XmlElement(name = "Inhoud")
        public Inhoud inhoud;

        @Override
        public Inhoud inhoud() {
            return inhoud;
        }
    }
}
