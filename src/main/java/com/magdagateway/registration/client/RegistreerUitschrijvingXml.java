package com.magdagateway.registration.client;

import java.util.concurrent.Future;

import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

import com.magdagateway.magda.client.MagdaRequest;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.magda.client.MagdaTypes;

/** The SOAP shape of MAGDA RegistreerUitschrijving 02.00 (Repertorium 02.00): its port and our own JAXB subset of its question and answer content. */
final class RegistreerUitschrijvingXml {

    private RegistreerUitschrijvingXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://webservice.registreeruitschrijvingdienst-02_00.repertorium-02_00.vip.vlaanderen.be", name = "RegistreerUitschrijvingPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso({ Vraag.class, RegistratieAntwoord.class })
    interface Port {
        MagdaResponse RegistreerUitschrijving(MagdaRequest request);

        Response<MagdaResponse> RegistreerUitschrijvingAsync(MagdaRequest request);

        Future<?> RegistreerUitschrijvingAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }
    static class Vraag {
        @XmlElement(name = "Uitschrijving")
        public Uitschrijving uitschrijving;
    }

    /** Who deregisters (our Identificatie and Hoedanigheid), whom (02.00 names the INSZ directly), and until when. */
    @XmlType(name = "RegistreerUitschrijvingUitschrijving", propOrder = { "identificatie", "hoedanigheid", "insz", "periode" })
    static class Uitschrijving {
        @XmlElement(name = "Identificatie")
        public String identificatie;
        @XmlElement(name = "Hoedanigheid")
        public String hoedanigheid;
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Periode")
        public MagdaTypes.Periode periode;
    }

}
