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
        public List<BurgerlijkeStaat> burgerlijkeStaten = new ArrayList<>();
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

    /** A civil status; married and separated persons' statuses name the partner. */
    static class BurgerlijkeStaat extends DatedCode {
        @XmlElement(name = "Partner")
        public Partner partner;
    }

    /** {@code PartnerType}: the partner of a civil status or of a legal cohabitation. */
    static class Partner {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "Naam")
        public MagdaTypes.Naam naam;
        @XmlElement(name = "Geslacht")
        public MagdaTypes.Code geslacht;
        @XmlElement(name = "Geboortedatum")
        public String geboortedatum;
    }
    static class Gebeurtenis {
        @XmlElement(name = "Datum")
        public String datum;
    }

    /** The addresses the gateway passes on; the register's administrative notes are left out (see the README). */
    static class Adressen {
        @XmlElement(name = "Hoofdverblijfplaats")
        public MagdaTypes.Adres hoofdverblijfplaats;
        @XmlElement(name = "VerblijfplaatsBuitenland")
        public VerblijfplaatsBuitenland verblijfplaatsBuitenland;
        @XmlElement(name = "PostadresBuitenland")
        public AdresBuitenland postadresBuitenland;
        @XmlElement(name = "AangifteAdresBuitenland")
        public AdresBuitenland aangifteAdresBuitenland;
        @XmlElement(name = "ContactAdres")
        public ContactAdres contactAdres;
    }


    /** The contact address: an address plus what kind of contact address it is. */
    static class ContactAdres extends MagdaTypes.Adres {
        @XmlElement(name = "Type")
        public MagdaTypes.Code type;
    }

    /** An address abroad as the register holds it: a country and free text lines. */
    static class AdresBuitenland {
        @XmlElement(name = "Datum")
        public String datum;
        @XmlElement(name = "Land")
        public Land land;
        @XmlElementWrapper(name = "Teksten")
        @XmlElement(name = "Tekst")
        public List<String> teksten = new ArrayList<>();
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
        @XmlAttribute(name = "DatumEinde")
        public String datumEinde;
    }

    /** Residence abroad: also the Belgian diplomatic post the person is registered with. */
    static class VerblijfplaatsBuitenland extends AdresBuitenland {
        @XmlElement(name = "DiplomatiekePost")
        public MagdaTypes.Code diplomatiekePost;
    }

    /** {@code LandType}: NIS code, ISO code and name of a country. */
    static class Land {
        @XmlElement(name = "NISCode")
        public String nisCode;
        @XmlElement(name = "ISOCode")
        public String isoCode;
        @XmlElement(name = "Naam")
        public String naam;
    }

    /** A registered legal cohabitation: its date, the partner and, once ended, how it ended. */
    static class WettelijkeSamenwoning {
        @XmlElement(name = "Datum")
        public String datum;
        @XmlElement(name = "Partner")
        public Partner partner;
        @XmlElement(name = "Beeindiging")
        public Beeindiging beeindiging;
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
        @XmlAttribute(name = "DatumEinde")
        public String datumEinde;
    }

    /** The end of a legal cohabitation: the reason and the date of the notice. */
    static class Beeindiging {
        @XmlElement(name = "Reden")
        public MagdaTypes.Code reden;
        @XmlElement(name = "Kennisgeving")
        public Gebeurtenis kennisgeving;
    }
}
