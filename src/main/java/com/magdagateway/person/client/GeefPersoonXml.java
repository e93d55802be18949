package com.magdagateway.person.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

import com.magdagateway.magda.client.MagdaRequest;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.magda.client.MagdaTypes;

/** The SOAP shape of MAGDA GeefPersoon 02.02: its port and our own JAXB subset of its question and answer content. */
final class GeefPersoonXml {


    private GeefPersoonXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://magda.vlaanderen.be/persoon/soap/geefpersoon/v02_02", name = "GeefPersoonPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso({ Vraag.class, Antwoord.class })
    interface Port {
        MagdaResponse GeefPersoon(MagdaRequest request);

        Response<MagdaResponse> GeefPersoonAsync(MagdaRequest request);

        Future<?> GeefPersoonAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }

    /** The question's {@code Inhoud}. */
    @XmlType(name = "GeefPersoonVraag", propOrder = { "criteria", "bron", "taal" })
    static class Vraag {
        @XmlElement(name = "Criteria")
        public Criteria criteria;
        @XmlElement(name = "Bron")
        public String bron;
        @XmlElement(name = "Taal")
        public String taal;
    }

    @XmlType(name = "GeefPersoonCriteria", propOrder = { "insz", "opvragingenKsz" })
    static class Criteria {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "OpvragingenKSZ")
        public OpvragingenKsz opvragingenKsz;
    }
    static class OpvragingenKsz {
        @XmlElement(name = "BasisPersoonsgegevens")
        public String basisPersoonsgegevens;
    }

    /** The answer's {@code Inhoud}. */
    @XmlRootElement(name = "Inhoud", namespace = "")
    static class Antwoord {
        @XmlElement(name = "Persoon")
        public Persoon persoon;
    }

    /** The person as the national register describes it (subset). */
    static class Persoon {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Naam")
        public MagdaTypes.Naam naam;
        @XmlElement(name = "Geslacht")
        public MagdaTypes.Code geslacht;
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
    static class DatedCode extends MagdaTypes.Code {
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
        @XmlAttribute(name = "DatumEinde")
        public String datumEinde;
    }
    static class Gebeurtenis {
        @XmlElement(name = "Datum")
        public String datum;
    }
    static class Adressen {
        @XmlElement(name = "Hoofdverblijfplaats")
        public Adres hoofdverblijfplaats;
    }
    static class Adres {
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
    static class Taalstring {
        @XmlElement(name = "String")
        public String value;
    }
    static class WettelijkeSamenwoning {
        @XmlElement(name = "Datum")
        public String datum;
        @XmlElement(name = "Beeindiging")
        public Gebeurtenis beeindiging;
        @XmlAttribute(name = "DatumEinde")
        public String datumEinde;
    }
}
