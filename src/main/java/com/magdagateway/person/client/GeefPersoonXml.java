package com.magdagateway.person.client;

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

/** Our own JAXB subset of the GeefPersoon 02.02 contract: only the elements the gateway reads or sends. */
public final class GeefPersoonXml {

    private GeefPersoonXml() {
    }

    /** SOAP body of the request. */
    @XmlRootElement(name = "GeefPersoon", namespace = GeefPersoonPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonRequest")
    public static class Request {
        @XmlElement(name = "Verzoek")
        public Verzoek verzoek;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonVerzoek")
    public static class Verzoek extends MagdaVerzoek {
        @XmlElementWrapper(name = "Vragen")
        @XmlElement(name = "Vraag")
        public List<Vraag> vragen = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonVraag")
    public static class Vraag extends MagdaVraag {
        @XmlElement(name = "Inhoud")
        public VraagInhoud inhoud;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonVraagInhoud", propOrder = { "criteria", "bron", "taal" })
    public static class VraagInhoud {
        @XmlElement(name = "Criteria")
        public Criteria criteria;
        @XmlElement(name = "Bron")
        public String bron;
        @XmlElement(name = "Taal")
        public String taal;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonCriteria", propOrder = { "insz", "opvragingenKsz" })
    public static class Criteria {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "OpvragingenKSZ")
        public OpvragingenKsz opvragingenKsz;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonOpvragingenKSZ")
    public static class OpvragingenKsz {
        @XmlElement(name = "BasisPersoonsgegevens")
        public String basisPersoonsgegevens;
    }

    /** SOAP body of the answer. */
    @XmlRootElement(name = "GeefPersoonResponse", namespace = GeefPersoonPort.NS)
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonResponse")
    public static class Response implements MagdaResponse<Persoon> {
        @XmlElement(name = "Repliek")
        public Repliek repliek;

        @Override
        public Repliek repliek() {
            return repliek;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonRepliek")
    public static class Repliek extends MagdaRepliek<Persoon> {
        @XmlElementWrapper(name = "Antwoorden")
        @XmlElement(name = "Antwoord")
        public List<Antwoord> antwoorden = new ArrayList<>();

        @Override
        public List<Antwoord> antwoorden() {
            return antwoorden;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonAntwoord")
    public static class Antwoord extends MagdaAntwoord<Persoon> {
        @XmlElement(name = "Inhoud")
        public AntwoordInhoud inhoud;

        @Override
        public Persoon inhoud() {
            return inhoud == null ? null : inhoud.persoon;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonAntwoordInhoud")
    public static class AntwoordInhoud {
        @XmlElement(name = "Persoon")
        public Persoon persoon;
    }

    /** The person as the national register describes it (subset). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonPersoon")
    public static class Persoon {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Naam")
        public Naam naam;
        @XmlElement(name = "Geslacht")
        public Code geslacht;
        @XmlElementWrapper(name = "Nationaliteiten")
        @XmlElement(name = "Nationaliteit")
        public List<DatedCode> nationaliteiten = new ArrayList<>();
        @XmlElement(name = "Geboorte")
        public Gebeurtenis geboorte;
        @XmlElement(name = "Overlijden")
        public Gebeurtenis overlijden;
        @XmlElementWrapper(name = "BurgerlijkeStaten")
        @XmlElement(name = "BurgerlijkeStaat")
        public List<DatedCode> burgerlijkeStaten = new ArrayList<>();
        @XmlElement(name = "Adressen")
        public Adressen adressen;
        @XmlElement(name = "WettelijkeSamenwoning")
        public WettelijkeSamenwoning wettelijkeSamenwoning;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonNaam")
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
    @XmlType(name = "GeefPersoonCode")
    public static class Code {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Omschrijving")
        public String omschrijving;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonDatedCode")
    public static class DatedCode extends Code {
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
        @XmlAttribute(name = "DatumEinde")
        public String datumEinde;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonGebeurtenis")
    public static class Gebeurtenis {
        @XmlElement(name = "Datum")
        public String datum;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonAdressen")
    public static class Adressen {
        @XmlElement(name = "Hoofdverblijfplaats")
        public Adres hoofdverblijfplaats;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonAdres")
    public static class Adres {
        @XmlElement(name = "Straatnaam")
        public Taalstring straatnaam;
        @XmlElement(name = "Huisnummer")
        public String huisnummer;
        @XmlElement(name = "Busnummer")
        public String busnummer;
        @XmlElement(name = "Postcode")
        public String postcode;
        @XmlElement(name = "Gemeentenaam")
        public Taalstring gemeentenaam;
        @XmlElement(name = "ISOCodeLand")
        public String isoCodeLand;
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonTaalstring")
    public static class Taalstring {
        @XmlElement(name = "String")
        public String value;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "GeefPersoonWettelijkeSamenwoning")
    public static class WettelijkeSamenwoning {
        @XmlElement(name = "Datum")
        public String datum;
        @XmlElement(name = "Beeindiging")
        public Gebeurtenis beeindiging;
        @XmlAttribute(name = "DatumEinde")
        public String datumEinde;
    }
}
