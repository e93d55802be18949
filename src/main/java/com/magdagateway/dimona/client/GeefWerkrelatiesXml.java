package com.magdagateway.dimona.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

import com.magdagateway.magda.xml.MagdaAntwoord;
import com.magdagateway.magda.xml.MagdaRepliek;
import com.magdagateway.magda.xml.MagdaResponse;
import com.magdagateway.magda.xml.MagdaVerzoek;
import com.magdagateway.magda.xml.MagdaVraag;

/** Our own JAXB subset of the GeefWerkrelaties 02.00 contract: only the elements the gateway reads or sends. */
public final class GeefWerkrelatiesXml {

    private GeefWerkrelatiesXml() {
    }

    /** SOAP body of the request. */
    @XmlRootElement(name = "GeefWerkrelaties", namespace = GeefWerkrelatiesPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesRequest")
    public static class Request {
        @XmlElement(name = "Verzoek")
        public Verzoek verzoek;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesVerzoek")
    public static class Verzoek extends MagdaVerzoek {
        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesVraag")
    public static class Vraag extends MagdaVraag {
        @XmlElement(name = "Inhoud")
        public VraagInhoud inhoud;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesVraagInhoud", propOrder = { "typeAntwoord", "criteria" })
    public static class VraagInhoud {
        /** 0: answer online, never in batch. */
        @XmlElement(name = "TypeAntwoord")
        public String typeAntwoord;
        @XmlElement(name = "Criteria")
        public Criteria criteria;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesCriteria", propOrder = { "relatie", "bron", "periode", "enkelGestartOfBeeindigd",
            "schrappingsIndicatie", "interimIndicatie" })
    public static class Criteria {
        @XmlElement(name = "Relatie")
        public RelatieVraag relatie;
        @XmlElement(name = "Bron")
        public String bron;
        @XmlElement(name = "Periode")
        public Periode periode;
        @XmlElement(name = "EnkelGestartOfBeeindigd")
        public String enkelGestartOfBeeindigd;
        @XmlElement(name = "SchrappingsIndicatie")
        public String schrappingsIndicatie;
        @XmlElement(name = "InterimIndicatie")
        public String interimIndicatie;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesRelatieVraag")
    public static class RelatieVraag {
        @XmlElement(name = "Werknemer")
        public WerknemerVraag werknemer;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesWerknemerVraag")
    public static class WerknemerVraag {
        @XmlElement(name = "INSZ")
        public String insz;
    }

    /** The asked period: {@code Begin} is mandatory in MAGDA, {@code Einde} optional (open-ended). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesPeriode", propOrder = { "begin", "einde" })
    public static class Periode {
        @XmlElement(name = "Begin")
        public String begin;
        @XmlElement(name = "Einde")
        public String einde;
    }

    /** SOAP body of the answer. */
    @XmlRootElement(name = "GeefWerkrelatiesResponse", namespace = GeefWerkrelatiesPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesResponse")
    public static class Response implements MagdaResponse<Inhoud> {
        @XmlElement(name = "Repliek")
        public Repliek repliek;

        @Override
        public Repliek repliek() {
            return repliek;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesRepliek")
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
    @XmlType(name = "GeefWerkrelatiesAntwoord")
    public static class Antwoord extends MagdaAntwoord<Inhoud> {
        @XmlElement(name = "Inhoud")
        public Inhoud inhoud;

        @Override
        public Inhoud inhoud() {
            return inhoud;
        }
    }

    /** The answer's content: the person's contracts, one Dimona declaration each. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesAntwoordInhoud")
    public static class Inhoud {
        @XmlElementWrapper(name = "Contracten")
        @XmlElement(name = "Contract")
        public List<Contract> contracten = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesContract")
    public static class Contract {
        @XmlElement(name = "Relatie")
        public RelatieAntwoord relatie;
        @XmlElement(name = "Aangifte")
        public Aangifte aangifte;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesRelatieAntwoord")
    public static class RelatieAntwoord {
        @XmlElement(name = "Werkgever")
        public Werkgever werkgever;
        /** The worker, read only to check that the answer is about the person asked. */
        @XmlElement(name = "Werknemer")
        public WerknemerVraag werknemer;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesWerkgever")
    public static class Werkgever {
        @XmlElement(name = "RSZNummer")
        public String rszNummer;
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
    }

    /** The Dimona declaration itself. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesAangifte")
    public static class Aangifte {
        @XmlElement(name = "DimonaNummer")
        public String dimonaNummer;
        @XmlElement(name = "PeriodeTijdstip")
        public PeriodeTijdstip periodeTijdstip;
        @XmlElement(name = "ParitairComite")
        public String paritairComite;
        @XmlElement(name = "AardWerknemer")
        public String aardWerknemer;
        /** {@code 1} when the declaration was cancelled, {@code 0} otherwise. */
        @XmlElement(name = "Geannuleerd")
        public String geannuleerd;
        @XmlElement(name = "LaatsteDimonaActie")
        public LaatsteDimonaActie laatsteDimonaActie;
    }

    /** Start and end of the employment; either may be absent (no end: open-ended). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesPeriodeTijdstip")
    public static class PeriodeTijdstip {
        @XmlElement(name = "Begin")
        public Tijdstip begin;
        @XmlElement(name = "Einde")
        public Tijdstip einde;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesTijdstip")
    public static class Tijdstip {
        @XmlElement(name = "Datum")
        public String datum;
    }

    /** A code carried as element text, with its description in the {@code Beschrijving} attribute. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefWerkrelatiesLaatsteDimonaActie")
    public static class LaatsteDimonaActie {
        @XmlValue
        public String code;
        @XmlAttribute(name = "Beschrijving")
        public String beschrijving;
    }
}
