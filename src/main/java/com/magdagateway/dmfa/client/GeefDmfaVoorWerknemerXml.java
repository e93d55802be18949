package com.magdagateway.dmfa.client;

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

/** The SOAP shape of MAGDA GeefDmfaVoorWerknemer 03.00: its port and our own JAXB subset of its question and answer content. */
final class GeefDmfaVoorWerknemerXml {

    private GeefDmfaVoorWerknemerXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://magda.vlaanderen.be/werk/soap/geefdmfavoorwerknemer/v03_00", name = "GeefDmfaVoorWerknemerPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso({ Vraag.class, Antwoord.class })
    interface Port {
        MagdaResponse GeefDmfaVoorWerknemer(MagdaRequest request);

        Response<MagdaResponse> GeefDmfaVoorWerknemerAsync(MagdaRequest request);

        Future<?> GeefDmfaVoorWerknemerAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }

    static class Vraag {
        @XmlElement(name = "Criteria")
        public Criteria criteria;
        /** 0: answer online, never in batch. */
        @XmlElement(name = "TypeAntwoord")
        public String typeAntwoord;
        /** 0 (false): not restricted to the latest situation, as in MAGDA's reference request. */
        @XmlElement(name = "LaatsteSituatie")
        public String laatsteSituatie;
        @XmlElement(name = "Bron")
        public String bron;
    }

    @XmlType(name = "GeefDmfaVoorWerknemerCriteria", propOrder = { "insz", "kwartaal" })
    static class Criteria {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Kwartaal")
        public Kwartalen kwartaal;
    }

    /** The asked quarters; MAGDA requires both bounds. */
    @XmlType(name = "GeefDmfaVoorWerknemerKwartalen", propOrder = { "begin", "einde" })
    static class Kwartalen {
        @XmlElement(name = "Begin")
        public Kwartaal begin;
        @XmlElement(name = "Einde")
        public Kwartaal einde;
    }

    @XmlType(name = "GeefDmfaVoorWerknemerKwartaal", propOrder = { "jaar", "kwartaalcijfer" })
    static class Kwartaal {
        @XmlElement(name = "Jaar")
        public String jaar;
        @XmlElement(name = "Kwartaalcijfer")
        public String kwartaalcijfer;
    }

    /** The answer's content: the attestations about this worker. */
    @XmlRootElement(name = "Inhoud", namespace = "")
    static class Antwoord {
        @XmlElementWrapper(name = "Attesten")
        @XmlElement(name = "Attest")
        public List<Attest> attesten = new ArrayList<>();
    }
    static class Attest {
        @XmlElement(name = "Identificatie")
        public Identificatie identificatie;
        @XmlElement(name = "AangifteWerkgever")
        public AangifteWerkgever aangifteWerkgever;
    }
    static class Identificatie {
        @XmlElement(name = "Nummer")
        public String nummer;
        @XmlElement(name = "Versie")
        public String versie;
        @XmlElement(name = "Status")
        public Status status;
    }

    /** A code with its description; {@code Omschrijving} attributes such as {@code Taal} are ignored. */
    static class Status {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Omschrijving")
        public String omschrijving;
    }

    /** The employer's quarterly declaration, reduced to this worker. */
    static class AangifteWerkgever {
        /** MAGDA's quarter notation {@code YYYYQ}: {@code 20232} is 2023 Q2. */
        @XmlElement(name = "Kwartaal")
        public String kwartaal;
        @XmlElement(name = "RSZNummer")
        public String rszNummer;
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
        @XmlElement(name = "Werknemer")
        public Werknemer werknemer;
    }
    static class Werknemer {
        @XmlElement(name = "INSZ")
        public String insz;
        /** One line in MAGDA 03.00's XSD; read as a list so that a source sending more loses none. */
        @XmlElement(name = "Werknemerslijn")
        public List<Werknemerslijn> werknemerslijnen = new ArrayList<>();
    }
    static class Werknemerslijn {
        @XmlElement(name = "Categorie")
        public String categorie;
        @XmlElement(name = "Kerngetal")
        public String kerngetal;
        @XmlElement(name = "Periode")
        public MagdaTypes.Periode periode;
    }

}
