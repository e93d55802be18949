package com.magdagateway.registration.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

import com.magdagateway.magda.client.MagdaRequest;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.magda.client.MagdaTypes;

/** The SOAP shape of MAGDA RegistreerInschrijving 02.01 (Repertorium 02.01): its port and our own JAXB subset of its question and answer content. */
final class RegistreerInschrijvingXml {

    /** Subject type of a natural person, whose key is the INSZ. */
    static final String PERSOON = "PERS";

    private RegistreerInschrijvingXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://webservice.registreerinschrijvingdienst-02_01.repertorium-02_01.vip.vlaanderen.be", name = "RegistreerInschrijvingPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso({ Vraag.class, RegistratieAntwoord.class })
    interface Port {
        MagdaResponse RegistreerInschrijving(MagdaRequest request);

        Response<MagdaResponse> RegistreerInschrijvingAsync(MagdaRequest request);

        Future<?> RegistreerInschrijvingAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }
    static class Vraag {
        @XmlElement(name = "Inschrijving")
        public Inschrijving inschrijving;
    }

    /** Who registers (our Identificatie and Hoedanigheid), for whom, and for which period. */
    @XmlType(name = "RegistreerInschrijvingInschrijving", propOrder = { "identificatie", "hoedanigheid", "betrokkenSubject", "periode" })
    static class Inschrijving {
        @XmlElement(name = "Identificatie")
        public String identificatie;
        @XmlElement(name = "Hoedanigheid")
        public String hoedanigheid;
        @XmlElement(name = "BetrokkenSubject")
        public BetrokkenSubject betrokkenSubject;
        @XmlElement(name = "Periode")
        public MagdaTypes.Periode periode;
    }

    @XmlType(name = "RegistreerInschrijvingBetrokkenSubject", propOrder = { "type", "subjecten" })
    static class BetrokkenSubject {
        @XmlElement(name = "Type")
        public String type;
        @XmlElementWrapper(name = "Subjecten")
        @XmlElement(name = "Subject")
        public List<Subject> subjecten = new ArrayList<>();
    }

    @XmlType(name = "RegistreerInschrijvingSubject", propOrder = { "type", "sleutel" })
    static class Subject {
        @XmlElement(name = "Type")
        public String type;
        @XmlElement(name = "Sleutel")
        public String sleutel;
    }

}
