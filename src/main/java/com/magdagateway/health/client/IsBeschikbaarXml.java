package com.magdagateway.health.client;

import java.util.concurrent.Future;

import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

import com.magdagateway.magda.client.Tijdstip;
import com.magdagateway.magda.client.MagdaRequest;
import com.magdagateway.magda.client.MagdaResponse;

/** The SOAP shape of MAGDA Generiek.IsBeschikbaar 02.00: its port, and a question time in, question and answer times out. */
final class IsBeschikbaarXml {

    private IsBeschikbaarXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://webservice.isbeschikbaardienst-02_00.generiek-02_00.vip.vlaanderen.be", name = "IsBeschikbaarPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso(Inhoud.class)
    interface Port {
        MagdaResponse IsBeschikbaar(MagdaRequest request);

        Response<MagdaResponse> IsBeschikbaarAsync(MagdaRequest request);

        Future<?> IsBeschikbaarAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }

    /** {@code VraagTijd} going out, {@code VraagTijd} and {@code AntwoordTijd} coming back. */
    @XmlRootElement(name = "Inhoud", namespace = "")
    static class Inhoud {
        @XmlElement(name = "VraagTijd")
        public Tijdstip vraagTijd;
        @XmlElement(name = "AntwoordTijd")
        public Tijdstip antwoordTijd;
    }
}
