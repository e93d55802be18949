package com.magdagateway.mutation.client;

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
import com.magdagateway.magda.client.Uitzondering;

/**
 * The SOAP shape of MAGDA GeefPersoonMutatiesNotificaties 02.00: its port and our own JAXB subset of its question
 * (who asks, and the receipt of the last page) and answer (a page of notifications and the next receipt).
 */
final class GeefPersoonMutatiesNotificatiesXml {

    private GeefPersoonMutatiesNotificatiesXml() {
    }

    /** The port (document/literal, bare): the body elements are named after the operation. */
    @WebService(targetNamespace = "http://webservice.geefpersoonmutatiesnotificatiesdienst-02_00.persoon-02_00.vip.vlaanderen.be",
            name = "GeefPersoonMutatiesNotificatiesPortType")
    @SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
    @XmlSeeAlso({ Vraag.class, Antwoord.class })
    interface Port {
        MagdaResponse GeefPersoonMutatiesNotificaties(MagdaRequest request);

        Response<MagdaResponse> GeefPersoonMutatiesNotificatiesAsync(MagdaRequest request);

        Future<?> GeefPersoonMutatiesNotificatiesAsync(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
    }

    /** {@code VraagInhoudType}: the subscriber's identification and capacity, and the receipt of the last page. */
    @XmlType(name = "GeefPersoonMutatiesNotificatiesVraagInhoud",
            propOrder = { "identificatie", "hoedanigheid", "ontvangstreferte" })
    static class Vraag {
        @XmlElement(name = "Identificatie")
        public String identificatie;
        @XmlElement(name = "Hoedanigheid")
        public String hoedanigheid;
        @XmlElement(name = "Ontvangstreferte")
        public String ontvangstreferte;
    }

    /** {@code AntwoordInhoudType}: the page and the receipt to send with the next question. */
    @XmlRootElement(name = "Inhoud", namespace = "")
    static class Antwoord {
        @XmlElementWrapper(name = "Onderwerpen")
        @XmlElement(name = "Onderwerp")
        public List<Onderwerp> onderwerpen = new ArrayList<>();
        @XmlElement(name = "Ontvangstreferte")
        public String ontvangstreferte;
    }

    /** One notification: MAGDA's reference, its content, or the Uitzonderingen that stand in its place. */
    static class Onderwerp {
        @XmlElement(name = "Referte")
        public String referte;
        @XmlElement(name = "Inhoud")
        public NotificatieInhoud inhoud;
        @XmlElementWrapper(name = "Uitzonderingen")
        @XmlElement(name = "Uitzondering")
        public List<Uitzondering> uitzonderingen = new ArrayList<>();
    }

    /** {@code PersoonMutatieNotificatieType} (the Metadata is not read). */
    static class NotificatieInhoud {
        @XmlElement(name = "PersoonMutatiesNotificaties")
        public Notificatie notificatie;
    }

    /** {@code PersoonMutatiesNotificaties2_0Type}: whom it is about and what kind of change it announces. */
    static class Notificatie {
        @XmlElement(name = "INSZ")
        public String insz;
        @XmlElement(name = "GeannuleerdINSZ")
        public String geannuleerdInsz;
        @XmlElement(name = "NieuwINSZ")
        public String nieuwInsz;
        @XmlElement(name = "Type")
        public Typed type;
        @XmlElement(name = "DatumCreatie")
        public String datumCreatie;
        @XmlElement(name = "DatumModificatie")
        public String datumModificatie;
        @XmlElementWrapper(name = "Informaties")
        @XmlElement(name = "Informatie")
        public List<Informatie> informaties = new ArrayList<>();
    }

    /** {@code PersoonInformatieType}: which part of the person changed, and how. */
    static class Informatie {
        @XmlAttribute(name = "DatumModificatie")
        public String datumModificatie;
        @XmlElement(name = "Identificatie")
        public Typed identificatie;
        @XmlElementWrapper(name = "TypeMutaties")
        @XmlElement(name = "TypeMutatie")
        public List<Typed> typeMutaties = new ArrayList<>();
    }

    /** A MAGDA code element: {@code Code} (with its optional {@code Beschrijving}) and {@code Omschrijving}. */
    static class Typed {
        @XmlElement(name = "Code")
        public CodeValue code;
        @XmlElement(name = "Omschrijving")
        public String omschrijving;
    }

    /** A code with the {@code Beschrijving} attribute MAGDA may add. */
    static class CodeValue {
        @XmlValue
        public String value;
        @XmlAttribute(name = "Beschrijving")
        public String beschrijving;
    }
}
