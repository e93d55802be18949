package com.magdagateway.selfemployment.client;

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

/** Our own JAXB subset of the GeefLoopbaanARZA 02.01 contract: only the elements the gateway reads or sends. */
public final class GeefLoopbaanArzaXml {

    private GeefLoopbaanArzaXml() {
    }

    /** SOAP body of the request. */
    @XmlRootElement(name = "GeefLoopbaanARZA", namespace = GeefLoopbaanArzaPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZARequest")
    public static class Request {
        @XmlElement(name = "Verzoek")
        public Verzoek verzoek;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAVerzoek")
    public static class Verzoek extends MagdaVerzoek {
        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAVraag")
    public static class Vraag extends MagdaVraag {
        @XmlElement(name = "Inhoud")
        public VraagInhoud inhoud;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAVraagInhoud", propOrder = { "criteria", "taal" })
    public static class VraagInhoud {
        @XmlElement(name = "Criteria")
        public Criteria criteria;
        @XmlElement(name = "Taal")
        public String taal;
    }

    /** {@code CriteriaGeefLoopbaanARZAType}; its optional {@code Periode} is left out to get the whole career. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZACriteria")
    public static class Criteria {
        @XmlElement(name = "INSZ")
        public String insz;
    }

    /** SOAP body of the answer. */
    @XmlRootElement(name = "GeefLoopbaanARZAResponse", namespace = GeefLoopbaanArzaPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAResponse")
    public static class Response implements MagdaResponse<Zelfstandige> {
        @XmlElement(name = "Repliek")
        public Repliek repliek;

        @Override
        public Repliek repliek() {
            return repliek;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZARepliek")
    public static class Repliek extends MagdaRepliek<Zelfstandige> {
        @XmlElementWrapper(name = "Antwoorden")
        @XmlElement(name = "Antwoord")
        public List<Antwoord> antwoorden = new ArrayList<>();

        @Override
        public List<Antwoord> antwoorden() {
            return antwoorden;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAAntwoord")
    public static class Antwoord extends MagdaAntwoord<Zelfstandige> {
        @XmlElement(name = "Inhoud")
        public AntwoordInhoud inhoud;

        @Override
        public Zelfstandige inhoud() {
            return inhoud == null ? null : inhoud.zelfstandige;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAAntwoordInhoud")
    public static class AntwoordInhoud {
        @XmlElement(name = "Zelfstandige")
        public Zelfstandige zelfstandige;
    }

    /** The self-employed person's career with the RSVZ (subset of {@code ZelfstandigeType}). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAZelfstandige")
    public static class Zelfstandige {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElementWrapper(name = "Aansluitingen")
        @XmlElement(name = "Aansluiting")
        public List<Aansluiting> aansluitingen = new ArrayList<>();
    }

    /** An affiliation with one social insurance fund and the career periods spent with it. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAAansluiting")
    public static class Aansluiting {
        @XmlElement(name = "SociaalVerzekeringsfonds")
        public SociaalVerzekeringsfonds sociaalVerzekeringsfonds;
        @XmlElementWrapper(name = "Loopbanen")
        @XmlElement(name = "Loopbaan")
        public List<Loopbaan> loopbanen = new ArrayList<>();
    }

    /** A code with its description; {@code Omschrijving} attributes such as {@code Oorsprong} are ignored. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZACode")
    public static class Code {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Omschrijving")
        public String omschrijving;
    }

    /** The fund: its three-digit number, its name and its enterprise number. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZASociaalVerzekeringsfonds")
    public static class SociaalVerzekeringsfonds extends Code {
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
    }

    /** One career period ({@code ARZALoopbaanType}): contribution category, period, profession and capacity. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZALoopbaan")
    public static class Loopbaan {
        @XmlElement(name = "Bijdragereeks")
        public Code bijdragereeks;
        @XmlElement(name = "Periode")
        public Periode periode;
        @XmlElement(name = "Beroep")
        public Code beroep;
        @XmlElement(name = "Hoedanigheid")
        public Code hoedanigheid;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefLoopbaanARZAPeriode")
    public static class Periode {
        @XmlElement(name = "Begin")
        public String begin;
        @XmlElement(name = "Einde")
        public String einde;
    }
}
