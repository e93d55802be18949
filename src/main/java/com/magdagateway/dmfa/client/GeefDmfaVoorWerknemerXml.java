package com.magdagateway.dmfa.client;

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

/** Our own JAXB subset of the GeefDmfaVoorWerknemer 03.00 contract: only the elements the gateway reads or sends. */
public final class GeefDmfaVoorWerknemerXml {

    private GeefDmfaVoorWerknemerXml() {
    }

    /** SOAP body of the request. */
    @XmlRootElement(name = "GeefDmfaVoorWerknemer", namespace = GeefDmfaVoorWerknemerPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerRequest")
    public static class Request {
        @XmlElement(name = "Verzoek")
        public Verzoek verzoek;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerVerzoek")
    public static class Verzoek extends MagdaVerzoek {
        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerVraag")
    public static class Vraag extends MagdaVraag {
        @XmlElement(name = "Inhoud")
        public VraagInhoud inhoud;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerVraagInhoud", propOrder = { "criteria", "typeAntwoord", "laatsteSituatie",
            "bron" })
    public static class VraagInhoud {
        @XmlElement(name = "Criteria")
        public Criteria criteria;
        /** 0: answer online, never in batch. */
        @XmlElement(name = "TypeAntwoord")
        public String typeAntwoord;
        /** 0 (false): not restricted to the latest situation, as in MAGDA's reference request. */
        @XmlElement(name = "LaatsteSituatie")
        public String laatsteSituatie;
        @XmlElement(name = "Bron")
        public String bron;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerCriteria", propOrder = { "insz", "kwartaal" })
    public static class Criteria {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Kwartaal")
        public Kwartalen kwartaal;
    }

    /** The asked quarters; MAGDA requires both bounds. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerKwartalen", propOrder = { "begin", "einde" })
    public static class Kwartalen {
        @XmlElement(name = "Begin")
        public Kwartaal begin;
        @XmlElement(name = "Einde")
        public Kwartaal einde;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerKwartaal", propOrder = { "jaar", "kwartaalcijfer" })
    public static class Kwartaal {
        @XmlElement(name = "Jaar")
        public String jaar;
        @XmlElement(name = "Kwartaalcijfer")
        public String kwartaalcijfer;
    }

    /** SOAP body of the answer. */
    @XmlRootElement(name = "GeefDmfaVoorWerknemerResponse", namespace = GeefDmfaVoorWerknemerPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerResponse")
    public static class Response implements MagdaResponse<Inhoud> {
        @XmlElement(name = "Repliek")
        public Repliek repliek;

        @Override
        public Repliek repliek() {
            return repliek;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerRepliek")
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
    @XmlType(name = "GeefDmfaVoorWerknemerAntwoord")
    public static class Antwoord extends MagdaAntwoord<Inhoud> {
        @XmlElement(name = "Inhoud")
        public Inhoud inhoud;

        @Override
        public Inhoud inhoud() {
            return inhoud;
        }
    }

    /** The answer's content: the attestations about this worker. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerAntwoordInhoud")
    public static class Inhoud {
        @XmlElementWrapper(name = "Attesten")
        @XmlElement(name = "Attest")
        public List<Attest> attesten = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerAttest")
    public static class Attest {
        @XmlElement(name = "Identificatie")
        public Identificatie identificatie;
        @XmlElement(name = "AangifteWerkgever")
        public AangifteWerkgever aangifteWerkgever;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerIdentificatie")
    public static class Identificatie {
        @XmlElement(name = "Nummer")
        public String nummer;
        @XmlElement(name = "Versie")
        public String versie;
        @XmlElement(name = "Status")
        public Status status;
    }

    /** A code with its description; {@code Omschrijving} attributes such as {@code Taal} are ignored. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerStatus")
    public static class Status {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Omschrijving")
        public String omschrijving;
    }

    /** The employer's quarterly declaration, reduced to this worker. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerAangifteWerkgever")
    public static class AangifteWerkgever {
        /** MAGDA's quarter notation {@code YYYYQ}: {@code 20232} is 2023 Q2. */
        @XmlElement(name = "Kwartaal")
        public String kwartaal;
        @XmlElement(name = "RSZNummer")
        public String rszNummer;
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
        @XmlElement(name = "Werknemer")
        public Werknemer werknemer;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerWerknemer")
    public static class Werknemer {
        @XmlElement(name = "INSZ")
        public String insz;
        /** One line in MAGDA 03.00's XSD; read as a list so that a source sending more loses none. */
        @XmlElement(name = "Werknemerslijn")
        public List<Werknemerslijn> werknemerslijnen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerWerknemerslijn")
    public static class Werknemerslijn {
        @XmlElement(name = "Categorie")
        public String categorie;
        @XmlElement(name = "Kerngetal")
        public String kerngetal;
        @XmlElement(name = "Periode")
        public Periode periode;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefDmfaVoorWerknemerPeriode")
    public static class Periode {
        @XmlElement(name = "Begin")
        public String begin;
        @XmlElement(name = "Einde")
        public String einde;
    }
}
