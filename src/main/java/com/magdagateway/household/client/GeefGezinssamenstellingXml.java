package com.magdagateway.household.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import com.magdagateway.magda.xml.MagdaAntwoord;
import com.magdagateway.magda.xml.MagdaRepliek;
import com.magdagateway.magda.xml.MagdaResponse;
import com.magdagateway.magda.xml.MagdaVerzoek;
import com.magdagateway.magda.xml.MagdaVraag;

/** Our own JAXB subset of the GeefGezinssamenstelling 02.02 contract: only the elements the gateway reads or sends. */
public final class GeefGezinssamenstellingXml {

    private GeefGezinssamenstellingXml() {
    }

    /** SOAP body of the request. */
    @XmlRootElement(name = "GeefGezinssamenstelling", namespace = GeefGezinssamenstellingPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingRequest")
    public static class Request {
        @XmlElement(name = "Verzoek")
        public Verzoek verzoek;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingVerzoek")
    public static class Verzoek extends MagdaVerzoek {
        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingVraag")
    public static class Vraag extends MagdaVraag {
        @XmlElement(name = "Inhoud")
        public VraagInhoud inhoud;
    }

    /** Unlike GeefPersoon, the service takes no {@code Bron}: only the criteria and the language. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingVraagInhoud", propOrder = { "criteria", "taal" })
    public static class VraagInhoud {
        @XmlElement(name = "Criteria")
        public Criteria criteria;
        @XmlElement(name = "Taal")
        public String taal;
    }

    /** {@code CriteriaGeefGezinssamenstellingType}: the INSZ and nothing else. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingCriteria")
    public static class Criteria {
        @XmlElement(name = "INSZ")
        public String insz;
    }

    /** SOAP body of the answer. */
    @XmlRootElement(name = "GeefGezinssamenstellingResponse", namespace = GeefGezinssamenstellingPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingResponse")
    public static class Response implements MagdaResponse<Gezinsleden> {
        @XmlElement(name = "Repliek")
        public Repliek repliek;

        @Override
        public Repliek repliek() {
            return repliek;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingRepliek")
    public static class Repliek extends MagdaRepliek<Gezinsleden> {
        @XmlElementWrapper(name = "Antwoorden")
        @XmlElement(name = "Antwoord")
        public List<Antwoord> antwoorden = new ArrayList<>();

        @Override
        public List<Antwoord> antwoorden() {
            return antwoorden;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingAntwoord")
    public static class Antwoord extends MagdaAntwoord<Gezinsleden> {
        @XmlElement(name = "Inhoud")
        public AntwoordInhoud inhoud;

        @Override
        public Gezinsleden inhoud() {
            return inhoud == null ? null : inhoud.gezinsleden;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingAntwoordInhoud")
    public static class AntwoordInhoud {
        @XmlElement(name = "Gezinsleden")
        public Gezinsleden gezinsleden;
    }

    /** The household as the national register lists it, in MAGDA's order. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingGezinsleden")
    public static class Gezinsleden {
        @XmlElement(name = "Gezinslid")
        public List<Gezinslid> gezinsleden = new ArrayList<>();
    }

    /** One member (subset of {@code GezinslidVerplichtINSZType}); dates are strings, incomplete ones included. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingGezinslid")
    public static class Gezinslid {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Naam")
        public Naam naam;
        @XmlElement(name = "Positie")
        public Code positie;
        @XmlElement(name = "Adressen")
        public Adressen adressen;
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingNaam")
    public static class Naam {
        @XmlElementWrapper(name = "Achternamen")
        @XmlElement(name = "Achternaam")
        public List<String> achternamen = new ArrayList<>();
        @XmlElementWrapper(name = "Voornamen")
        @XmlElement(name = "Voornaam")
        public List<String> voornamen = new ArrayList<>();
    }

    /** A code with its description; {@code Omschrijving} attributes such as {@code Taal} are ignored. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingCode")
    public static class Code {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Omschrijving")
        public String omschrijving;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingAdressen")
    public static class Adressen {
        @XmlElement(name = "Hoofdverblijfplaats")
        public Hoofdverblijfplaats hoofdverblijfplaats;
    }

    /** Only the start of the main residence is read: it dates a member whose own {@code DatumBegin} is absent. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefGezinssamenstellingHoofdverblijfplaats")
    public static class Hoofdverblijfplaats {
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
    }
}
