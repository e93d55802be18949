package com.magdagateway.registration.client;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** The {@code Inhoud/Resultaat} of both registration services ({@code ResultaatCodeType}): "1" geslaagd, "0" niet geslaagd. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RegistratieResultaat")
public class RegistratieResultaat {

    @XmlValue
    public String code;

    @XmlAttribute(name = "Beschrijving")
    public String beschrijving;
}
