package com.magdagateway.dimona.client;

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
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

import com.magdagateway.magda.client.MagdaRequest;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.magda.client.MagdaTypes;

/** The SOAP shape of MAGDA GeefWerkrelaties 02.00: its port and our own JAXB subset of its question and answer content. */
final class GeefWerkrelatiesXml {

    private GeefWerkrelatiesXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://webservice.geefwerkrelatiesdienst-02_00.werk-02_00.vip.vlaanderen.be", name = "GeefWerkrelatiesPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso({ Vraag.class, Antwoord.class })
    interface Port {
        MagdaResponse GeefWerkrelaties(MagdaRequest request);

        Response<MagdaResponse> GeefWerkrelatiesAsync(MagdaRequest request);

        Future<?> GeefWerkrelatiesAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }

    @XmlType(name = "GeefWerkrelatiesVraagInhoud", propOrder = { "typeAntwoord", "criteria" })
    static class Vraag {
        /** 0: answer online, never in batch. */
        @XmlElement(name = "TypeAntwoord")
        public String typeAntwoord;
        @XmlElement(name = "Criteria")
        public Criteria criteria;
    }

    static class Criteria {
        @XmlElement(name = "Relatie")
        public RelatieVraag relatie;
        @XmlElement(name = "Bron")
        public String bron;
        @XmlElement(name = "Periode")
        public MagdaTypes.Periode periode;
        @XmlElement(name = "EnkelGestartOfBeeindigd")
        public String enkelGestartOfBeeindigd;
        @XmlElement(name = "SchrappingsIndicatie")
        public String schrappingsIndicatie;
        @XmlElement(name = "InterimIndicatie")
        public String interimIndicatie;
    }
    static class RelatieVraag {
        @XmlElement(name = "Werknemer")
        public WerknemerVraag werknemer;
    }
    static class WerknemerVraag {
        @XmlElement(name = "INSZ")
        public String insz;
    }

    /** The answer's content: the person's contracts, one Dimona declaration each. */
    @XmlRootElement(name = "Inhoud", namespace = "")
    static class Antwoord {
        @XmlElementWrapper(name = "Contracten")
        @XmlElement(name = "Contract")
        public List<Contract> contracten = new ArrayList<>();
    }
    /** One declaration with the relation it declares, the register holding it and where the work is done. */
    static class Contract {
        @XmlElement(name = "Relatie")
        public RelatieAntwoord relatie;
        @XmlElement(name = "Bron")
        public Beschreven bron;
        @XmlElement(name = "Aangifte")
        public Aangifte aangifte;
        @XmlElement(name = "InterimOnderneming")
        public InterimOnderneming interimOnderneming;
        @XmlElement(name = "PlaatsTewerkstelling")
        public PlaatsTewerkstelling plaatsTewerkstelling;
    }
    static class RelatieAntwoord {
        @XmlElement(name = "Werkgever")
        public Werkgever werkgever;
        /** The worker; its INSZ also shows that the answer is about the person asked. */
        @XmlElement(name = "Werknemer")
        public WerknemerAntwoord werknemer;
    }
    static class Werkgever {
        @XmlElement(name = "RSZNummer")
        public String rszNummer;
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
        @XmlElement(name = "DeelEntiteit")
        public String deelEntiteit;
    }
    static class WerknemerAntwoord {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "IdentificatiePersoonGevalideerd")
        public Beschreven identificatiePersoonGevalideerd;
        @XmlElement(name = "Achternaam")
        public String achternaam;
        @XmlElement(name = "Voornaam")
        public String voornaam;
    }

    /** The temporary-work agency, when the worker is employed through one. */
    static class InterimOnderneming {
        @XmlElement(name = "Naam")
        public String naam;
        @XmlElement(name = "RSZNummer")
        public String rszNummer;
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
        @XmlElement(name = "ParitairComite")
        public String paritairComite;
    }

    /** The place of employment. */
    static class PlaatsTewerkstelling {
        @XmlElement(name = "Naam")
        public String naam;
        @XmlElement(name = "Adres")
        public Adres adres;
    }
    static class Adres {
        @XmlElement(name = "Straat")
        public Straat straat;
        @XmlElement(name = "Huisnummer")
        public String huisnummer;
        @XmlElement(name = "Busnummer")
        public String busnummer;
        @XmlElement(name = "Gemeente")
        public Gemeente gemeente;
        @XmlElement(name = "Land")
        public Land land;
    }
    static class Straat {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Naam")
        public String naam;
    }
    static class Gemeente {
        @XmlElement(name = "NISCode")
        public String nisCode;
        @XmlElement(name = "PostCode")
        public String postCode;
        @XmlElement(name = "Naam")
        public String naam;
    }
    static class Land {
        @XmlElement(name = "NISCode")
        public String nisCode;
        @XmlElement(name = "ISOCode")
        public String isoCode;
        @XmlElement(name = "Naam")
        public String naam;
    }

    /** The Dimona declaration itself, with the register's creation and modification instants. */
    static class Aangifte {
        @XmlAttribute(name = "DatumTijdstipCreatie")
        public String datumTijdstipCreatie;
        @XmlAttribute(name = "DatumTijdstipModificatie")
        public String datumTijdstipModificatie;
        @XmlElement(name = "DimonaNummer")
        public String dimonaNummer;
        @XmlElement(name = "PeriodeTijdstip")
        public PeriodeTijdstip periodeTijdstip;
        @XmlElement(name = "ParitairComite")
        public String paritairComite;
        @XmlElement(name = "AardWerknemer")
        public String aardWerknemer;
        @XmlElement(name = "ServiceCategorie")
        public Beschreven serviceCategorie;
        @XmlElement(name = "AantalGeplandeWerkdagen")
        public String aantalGeplandeWerkdagen;
        /** {@code 1} when the declaration was cancelled, {@code 0} otherwise. */
        @XmlElement(name = "Geannuleerd")
        public String geannuleerd;
        @XmlElement(name = "LaatsteDimonaActie")
        public Beschreven laatsteDimonaActie;
        @XmlElement(name = "Controlekaarten")
        public Controlekaarten controlekaarten;
    }

    /** Start and end of the employment; either may be absent (no end: open-ended). */
    static class PeriodeTijdstip {
        @XmlElement(name = "Begin")
        public Tijdstip begin;
        @XmlElement(name = "Einde")
        public Tijdstip einde;
    }
    static class Tijdstip {
        @XmlElement(name = "Datum")
        public String datum;
        @XmlElement(name = "Tijd")
        public String tijd;
    }
    static class Controlekaarten {
        @XmlElement(name = "KaartnummerEersteMaand")
        public String kaartnummerEersteMaand;
        @XmlElement(name = "KaartnummerVolgendeMaand")
        public String kaartnummerVolgendeMaand;
    }

    /** A code carried as element text, with its description in the {@code Beschrijving} attribute. */
    static class Beschreven {
        @XmlValue
        public String code;
        @XmlAttribute(name = "Beschrijving")
        public String beschrijving;
    }
}
