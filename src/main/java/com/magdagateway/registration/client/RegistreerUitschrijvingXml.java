package com.magdagateway.registration.client;

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

/** Our own JAXB subset of the RegistreerUitschrijving 02.00 contract (Repertorium 02.00): what the gateway sends or reads. */
public final class RegistreerUitschrijvingXml {

    private RegistreerUitschrijvingXml() {
    }

    /** SOAP body of the request. */
    @XmlRootElement(name = "RegistreerUitschrijving", namespace = RegistreerUitschrijvingPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingRequest")
    public static class Request {
        @XmlElement(name = "Verzoek")
        public Verzoek verzoek;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingVerzoek")
    public static class Verzoek extends MagdaVerzoek {
        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingVraag")
    public static class Vraag extends MagdaVraag {
        @XmlElement(name = "Inhoud")
        public VraagInhoud inhoud;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingVraagInhoud")
    public static class VraagInhoud {
        @XmlElement(name = "Uitschrijving")
        public Uitschrijving uitschrijving;
    }

    /** Who deregisters (our Identificatie and Hoedanigheid), whom (02.00 names the INSZ directly), and until when. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingUitschrijving", propOrder = { "identificatie", "hoedanigheid", "insz", "periode" })
    public static class Uitschrijving {
        @XmlElement(name = "Identificatie")
        public String identificatie;
        @XmlElement(name = "Hoedanigheid")
        public String hoedanigheid;
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Periode")
        public Periode periode;
    }

    /** MAGDA's optional-begin, optional-end period; the gateway sends only {@code Einde}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingPeriode", propOrder = { "begin", "einde" })
    public static class Periode {
        @XmlElement(name = "Begin")
        public String begin;
        @XmlElement(name = "Einde")
        public String einde;
    }

    /** SOAP body of the answer. */
    @XmlRootElement(name = "RegistreerUitschrijvingResponse", namespace = RegistreerUitschrijvingPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingResponse")
    public static class Response implements MagdaResponse<RegistratieResultaat> {
        @XmlElement(name = "Repliek")
        public Repliek repliek;

        @Override
        public Repliek repliek() {
            return repliek;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingRepliek")
    public static class Repliek extends MagdaRepliek<RegistratieResultaat> {
        @XmlElementWrapper(name = "Antwoorden")
        @XmlElement(name = "Antwoord")
        public List<Antwoord> antwoorden = new ArrayList<>();

        @Override
        public List<Antwoord> antwoorden() {
            return antwoorden;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingAntwoord")
    public static class Antwoord extends MagdaAntwoord<RegistratieResultaat> {
        @XmlElement(name = "Inhoud")
        public AntwoordInhoud inhoud;

        @Override
        public RegistratieResultaat inhoud() {
            return inhoud == null ? null : inhoud.resultaat;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerUitschrijvingAntwoordInhoud")
    public static class AntwoordInhoud {
        @XmlElement(name = "Resultaat")
        public RegistratieResultaat resultaat;
    }
}
