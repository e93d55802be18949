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
        @XmlElement(name = "Versie")
        public Versies versie;
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
        @XmlElement(name = "DatumCreatie")
        public String datumCreatie;
    }

    /** The versions before and after this one. */
    static class Versies {
        @XmlElement(name = "Vorige")
        public String vorige;
        @XmlElement(name = "Volgende")
        public String volgende;
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
        @XmlElement(name = "VorigRSZNummer")
        public String vorigRszNummer;
        @XmlElement(name = "Bron")
        public String bron;
        @XmlElement(name = "SectorIndicator")
        public String sectorIndicator;
        @XmlElement(name = "OnderCuratele")
        public String onderCuratele;
        @XmlElement(name = "Ondernemingsnummer")
        public String ondernemingsnummer;
        /** In euro cents. */
        @XmlElement(name = "VerschuldigdNettoBedrag")
        public String verschuldigdNettoBedrag;
        @XmlElement(name = "ConversieNaarRegime5")
        public String conversieNaarRegime5;
        @XmlElement(name = "DatumBeginVakantie")
        public String datumBeginVakantie;
        @XmlElement(name = "Werknemer")
        public Werknemer werknemer;
    }
    static class Werknemer {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "OriolusValidatie")
        public String oriolusValidatie;
        @XmlElement(name = "VorigINSZ")
        public String vorigInsz;
        @XmlElement(name = "Naam")
        public Naam naam;
        /** One line in MAGDA 03.00's XSD; read as a list so that a source sending more loses none. */
        @XmlElement(name = "Werknemerslijn")
        public List<Werknemerslijn> werknemerslijnen = new ArrayList<>();
    }
    static class Naam {
        @XmlElement(name = "Achternaam")
        public String achternaam;
        @XmlElement(name = "Voornaam")
        public String voornaam;
    }
    static class Werknemerslijn {
        @XmlElement(name = "Categorie")
        public String categorie;
        @XmlElement(name = "Kerngetal")
        public String kerngetal;
        @XmlElement(name = "Periode")
        public MagdaTypes.Periode periode;
        @XmlElement(name = "Grensarbeider")
        public String grensarbeider;
        @XmlElement(name = "ActiviteitIvmRisico")
        public String activiteitIvmRisico;
        @XmlElement(name = "NummerLokaleEenheid")
        public String nummerLokaleEenheid;
        @XmlElementWrapper(name = "Tewerkstellingen")
        @XmlElement(name = "Tewerkstelling")
        public List<Tewerkstelling> tewerkstellingen = new ArrayList<>();
        @XmlElementWrapper(name = "Bijdragen")
        @XmlElement(name = "Bijdrage")
        public List<Bijdrage> bijdragen = new ArrayList<>();
        @XmlElementWrapper(name = "Verminderingen")
        @XmlElement(name = "Vermindering")
        public List<Vermindering> verminderingen = new ArrayList<>();
        @XmlElement(name = "BijdrageStudent")
        public BijdrageStudent bijdrageStudent;
    }

    /** One occupation of the worker line. */
    static class Tewerkstelling {
        @XmlElement(name = "Volgnummer")
        public String volgnummer;
        @XmlElement(name = "InternNummer")
        public String internNummer;
        @XmlElement(name = "LokaleEenheid")
        public LokaleEenheid lokaleEenheid;
        @XmlElement(name = "Periode")
        public MagdaTypes.Periode periode;
        @XmlElement(name = "ParitairComite")
        public String paritairComite;
        /** In hundredths of a day. */
        @XmlElement(name = "AantalWerkdagenPerWeek")
        public String aantalWerkdagenPerWeek;
        @XmlElement(name = "TypeContract")
        public String typeContract;
        @XmlElement(name = "GemiddeldAantalUrenPerWeek")
        public GemiddeldAantalUrenPerWeek gemiddeldAantalUrenPerWeek;
        @XmlElement(name = "Maatregel")
        public Maatregel maatregel;
        @XmlElement(name = "StatuutWerknemer")
        public String statuutWerknemer;
        @XmlElement(name = "Gepensioneerd")
        public String gepensioneerd;
        @XmlElement(name = "TypeLeerling")
        public String typeLeerling;
        @XmlElement(name = "WijzeBezoldiging")
        public String wijzeBezoldiging;
        @XmlElement(name = "Functienummer")
        public String functienummer;
        /** In euro cents. */
        @XmlElement(name = "Uurloon")
        public String uurloon;
        @XmlElement(name = "GemeenteNISCode")
        public String gemeenteNisCode;
        @XmlElement(name = "Informatie")
        public Informatie informatie;
        @XmlElementWrapper(name = "Prestaties")
        @XmlElement(name = "Prestatie")
        public List<Prestatie> prestaties = new ArrayList<>();
        @XmlElementWrapper(name = "Bezoldigingen")
        @XmlElement(name = "Bezoldiging")
        public List<Bezoldiging> bezoldigingen = new ArrayList<>();
    }
    static class LokaleEenheid {
        @XmlElement(name = "Nummer")
        public String nummer;
        @XmlElement(name = "NISCode")
        public String nisCode;
    }

    /** In hundredths of an hour. */
    static class GemiddeldAantalUrenPerWeek {
        @XmlElement(name = "Referentiepersoon")
        public String referentiepersoon;
        @XmlElement(name = "Werknemer")
        public String werknemer;
    }
    static class Maatregel {
        @XmlElement(name = "ReorganisatieArbeidstijd")
        public String reorganisatieArbeidstijd;
        @XmlElement(name = "BevorderingWerkgelegenheid")
        public String bevorderingWerkgelegenheid;
    }
    static class Informatie {
        @XmlElement(name = "DatumZesMaandenZiek")
        public String datumZesMaandenZiek;
        @XmlElement(name = "HorecaExtra")
        public String horecaExtra;
        @XmlElement(name = "Terbeschikkingstelling")
        public String terbeschikkingstelling;
        /** In thousandths of a euro. */
        @XmlElement(name = "UurloonInDuizendsten")
        public String uurloonInDuizendsten;
        @XmlElement(name = "GewaardborgdloonEersteWeek")
        public String gewaardborgdloonEersteWeek;
        /** In euro cents. */
        @XmlElement(name = "BrutoLoonZiekte")
        public String brutoLoonZiekte;
        @XmlElement(name = "DatumVasteBenoeming")
        public String datumVasteBenoeming;
        @XmlElement(name = "Loopbaanmaatregel")
        public String loopbaanmaatregel;
        @XmlElement(name = "Aantalvakantiedagen")
        public String aantalvakantiedagen;
        @XmlElement(name = "Sectordetail")
        public String sectordetail;
        /** In euro cents. */
        @XmlElement(name = "Mobiliteitsbudget")
        public String mobiliteitsbudget;
    }

    /** Days and hours in hundredths. */
    static class Prestatie {
        @XmlElement(name = "Volgnummer")
        public String volgnummer;
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Dagen")
        public String dagen;
        @XmlElement(name = "Uren")
        public String uren;
        @XmlElement(name = "AantalVluchtminuten")
        public String aantalVluchtminuten;
    }

    /** Amounts in euro cents, the percentage in hundredths. */
    static class Bezoldiging {
        @XmlElement(name = "Volgnummer")
        public String volgnummer;
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "FrequentieBetalingPremie")
        public String frequentieBetalingPremie;
        @XmlElement(name = "PercentageJaarbasis")
        public String percentageJaarbasis;
        @XmlElement(name = "FictiefSalaris")
        public String fictiefSalaris;
        @XmlElement(name = "Bedrag")
        public String bedrag;
    }

    /** Amounts in euro cents. */
    static class Bijdrage {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Type")
        public String type;
        @XmlElement(name = "BasisVoorBerekening")
        public String basisVoorBerekening;
        @XmlElement(name = "Bedrag")
        public String bedrag;
    }

    /** Amounts in euro cents. */
    static class Vermindering {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "BasisVoorBerekening")
        public String basisVoorBerekening;
        @XmlElement(name = "BedragVermindering")
        public String bedragVermindering;
        @XmlElement(name = "DatumBeginRecht")
        public String datumBeginRecht;
    }

    /** Amounts in euro cents; days and hours as counted. */
    static class BijdrageStudent {
        @XmlElement(name = "Loon")
        public String loon;
        @XmlElement(name = "Bedrag")
        public String bedrag;
        @XmlElement(name = "AantalDagen")
        public String aantalDagen;
        @XmlElement(name = "AantalUren")
        public String aantalUren;
    }
}
