package com.magdagateway.household.client;

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

/** The SOAP shape of MAGDA GeefGezinssamenstelling 02.02: its port and our own JAXB subset of its question and answer content. */
final class GeefGezinssamenstellingXml {

    private GeefGezinssamenstellingXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://magda.vlaanderen.be/persoon/soap/geefgezinssamenstelling/v02_02", name = "GeefGezinssamenstellingPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso({ Vraag.class, Antwoord.class })
    interface Port {
        MagdaResponse GeefGezinssamenstelling(MagdaRequest request);

        Response<MagdaResponse> GeefGezinssamenstellingAsync(MagdaRequest request);

        Future<?> GeefGezinssamenstellingAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }

    /** Unlike GeefPersoon, the service takes no {@code Bron}: only the criteria and the language. */
    @XmlType(name = "GeefGezinssamenstellingVraagInhoud", propOrder = { "criteria", "taal" })
    static class Vraag {
        @XmlElement(name = "Criteria")
        public MagdaTypes.InszCriteria criteria;
        @XmlElement(name = "Taal")
        public String taal;
    }

    @XmlRootElement(name = "Inhoud", namespace = "")
    static class Antwoord {
        @XmlElement(name = "Gezinsleden")
        public Gezinsleden gezinsleden;
    }

    /** The household as the national register lists it, in MAGDA's order. */
    static class Gezinsleden {
        @XmlElement(name = "Gezinslid")
        public List<Gezinslid> gezinsleden = new ArrayList<>();
    }

    /** One member (subset of {@code GezinslidVerplichtINSZType}); dates are strings, incomplete ones included. */
    static class Gezinslid {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Naam")
        public MagdaTypes.Naam naam;
        @XmlElement(name = "Geslacht")
        public MagdaTypes.Code geslacht;
        @XmlElement(name = "Geboortedatum")
        public String geboortedatum;
        @XmlElement(name = "Positie")
        public MagdaTypes.Code positie;
        @XmlElement(name = "Adressen")
        public Adressen adressen;
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
        @XmlAttribute(name = "DatumEinde")
        public String datumEinde;
    }
    static class Adressen {
        @XmlElement(name = "Hoofdverblijfplaats")
        public MagdaTypes.Adres hoofdverblijfplaats;
    }

}
