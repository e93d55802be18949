package com.magdagateway.magda.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import com.magdagateway.magda.MagdaMessage;

/** One MAGDA exception: code, origin, severity ({@code FOUT}, {@code WAARSCHUWING}, {@code INFORMATIE}) and text. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "UitzonderingType")
public class Uitzondering {

    @XmlElement(name = "Identificatie")
    public String identificatie;

    @XmlElement(name = "Oorsprong")
    public String oorsprong;

    @XmlElement(name = "Type")
    public String type;

    @XmlElement(name = "Diagnose")
    public String diagnose;

    /** Name/value pairs MAGDA attaches, e.g. the code it found no description for, or a new INSZ (30004). */
    @XmlElementWrapper(name = "Annotaties")
    @XmlElement(name = "Annotatie")
    public List<Annotatie> annotaties = new ArrayList<>();

    /** One {@code Annotatie}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "UitzonderingAnnotatie")
    public static class Annotatie {
        @XmlElement(name = "Naam")
        public String naam;
        @XmlElement(name = "Waarde")
        public String waarde;
    }

    /** This exception in the gateway's vocabulary. */
    public MagdaMessage toMessage() {
        return MagdaMessage.of(identificatie, oorsprong, type, diagnose,
                annotaties.stream().map(a -> new MagdaMessage.Annotation(a.naam, a.waarde)).toList());
    }
}
