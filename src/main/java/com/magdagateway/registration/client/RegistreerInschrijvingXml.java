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

/** Our own JAXB subset of the RegistreerInschrijving 02.01 contract (Repertorium 02.01): what the gateway sends or reads. */
public final class RegistreerInschrijvingXml {

    /** Subject type of a natural person, whose key is the INSZ. */
    public static final String PERSOON = "PERS";

    private RegistreerInschrijvingXml() {
    }

    /** SOAP body of the request. */
    @XmlRootElement(name = "RegistreerInschrijving", namespace = RegistreerInschrijvingPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingRequest")
    public static class Request {
        @XmlElement(name = "Verzoek")
        public Verzoek verzoek;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingVerzoek")
    public static class Verzoek extends MagdaVerzoek {
        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingVraag")
    public static class Vraag extends MagdaVraag {
        @XmlElement(name = "Inhoud")
        public VraagInhoud inhoud;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingVraagInhoud")
    public static class VraagInhoud {
        @XmlElement(name = "Inschrijving")
        public Inschrijving inschrijving;
    }

    /** Who registers (our Identificatie and Hoedanigheid), for whom, and for which period. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingInschrijving", propOrder = { "identificatie", "hoedanigheid", "betrokkenSubject", "periode" })
    public static class Inschrijving {
        @XmlElement(name = "Identificatie")
        public String identificatie;
        @XmlElement(name = "Hoedanigheid")
        public String hoedanigheid;
        @XmlElement(name = "BetrokkenSubject")
        public BetrokkenSubject betrokkenSubject;
        @XmlElement(name = "Periode")
        public Periode periode;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingBetrokkenSubject", propOrder = { "type", "subjecten" })
    public static class BetrokkenSubject {
        @XmlElement(name = "Type")
        public String type;
        @XmlElementWrapper(name = "Subjecten")
        @XmlElement(name = "Subject")
        public List<Subject> subjecten = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingSubject", propOrder = { "type", "sleutel" })
    public static class Subject {
        @XmlElement(name = "Type")
        public String type;
        @XmlElement(name = "Sleutel")
        public String sleutel;
    }

    /** {@code Einde} left null is not sent at all: a registration without end date. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingPeriode", propOrder = { "begin", "einde" })
    public static class Periode {
        @XmlElement(name = "Begin")
        public String begin;
        @XmlElement(name = "Einde")
        public String einde;
    }

    /** SOAP body of the answer. */
    @XmlRootElement(name = "RegistreerInschrijvingResponse", namespace = RegistreerInschrijvingPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingResponse")
    public static class Response implements MagdaResponse<RegistratieResultaat> {
        @XmlElement(name = "Repliek")
        public Repliek repliek;

        @Override
        public Repliek repliek() {
            return repliek;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingRepliek")
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
    @XmlType(name = "RegistreerInschrijvingAntwoord")
    public static class Antwoord extends MagdaAntwoord<RegistratieResultaat> {
        @XmlElement(name = "Inhoud")
        public AntwoordInhoud inhoud;

        @Override
        public RegistratieResultaat inhoud() {
            return inhoud == null ? null : inhoud.resultaat;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistreerInschrijvingAntwoordInhoud")
    public static class AntwoordInhoud {
        @XmlElement(name = "Resultaat")
        public RegistratieResultaat resultaat;
    }
}
