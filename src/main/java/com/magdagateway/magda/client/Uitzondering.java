package com.magdagateway.magda.client;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
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

    /** This exception in the gateway's vocabulary. */
    public MagdaMessage toMessage() {
        return MagdaMessage.of(identificatie, oorsprong, type, diagnose);
    }
}
