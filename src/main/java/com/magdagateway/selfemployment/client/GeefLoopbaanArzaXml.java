package com.magdagateway.selfemployment.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
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

/** The SOAP shape of MAGDA GeefLoopbaanARZA 02.01: its port and our own JAXB subset of its question and answer content. */
final class GeefLoopbaanArzaXml {

    private GeefLoopbaanArzaXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://webservice.geefloopbaanarzadienst-02_01.werk-02_01.vip.vlaanderen.be", name = "GeefLoopbaanARZAPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso({ Vraag.class, Antwoord.class })
    interface Port {
        MagdaResponse GeefLoopbaanARZA(MagdaRequest request);

        Response<MagdaResponse> GeefLoopbaanARZAAsync(MagdaRequest request);

        Future<?> GeefLoopbaanARZAAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }

    @XmlType(name = "GeefLoopbaanARZAVraagInhoud", propOrder = { "criteria", "taal" })
    static class Vraag {
        @XmlElement(name = "Criteria")
        public MagdaTypes.InszCriteria criteria;
        @XmlElement(name = "Taal")
        public String taal;
    }

    @XmlRootElement(name = "Inhoud", namespace = "")
    static class Antwoord {
        @XmlElement(name = "Zelfstandige")
        public Zelfstandige zelfstandige;
    }

    /** The self-employed person's career with the RSVZ (subset of {@code ZelfstandigeType}). */
    static class Zelfstandige {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
        @XmlElementWrapper(name = "Aansluitingen")
        @XmlElement(name = "Aansluiting")
        public List<Aansluiting> aansluitingen = new ArrayList<>();
    }

    /** An affiliation with one social insurance fund and the career periods spent with it. */
    static class Aansluiting {
        @XmlElement(name = "SociaalVerzekeringsfonds")
        public SociaalVerzekeringsfonds sociaalVerzekeringsfonds;
        @XmlElementWrapper(name = "Loopbanen")
        @XmlElement(name = "Loopbaan")
        public List<Loopbaan> loopbanen = new ArrayList<>();
    }

    /** The fund: its three-digit number, its name and its enterprise number. */
    static class SociaalVerzekeringsfonds extends MagdaTypes.Code {
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
    }

    /**
     * One career period ({@code ARZALoopbaanType}): contribution category, period, the reason it is assimilated to
     * activity (if it is), profession, capacity and the date the affiliation was signed.
     */
    static class Loopbaan {
        @XmlElement(name = "Bijdragereeks")
        public MagdaTypes.Code bijdragereeks;
        @XmlElement(name = "Periode")
        public MagdaTypes.Periode periode;
        @XmlElement(name = "PeriodeGelijkgesteld")
        public MagdaTypes.Code periodeGelijkgesteld;
        @XmlElement(name = "Beroep")
        public MagdaTypes.Code beroep;
        @XmlElement(name = "Hoedanigheid")
        public MagdaTypes.Code hoedanigheid;
        @XmlElement(name = "DatumOndertekening")
        public String datumOndertekening;
    }

}
