package com.magdagateway.registration.client;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** The answer's {@code Inhoud} of both registration services: one {@code Resultaat} ({@code ResultaatCodeType}). */
@XmlRootElement(name = "Inhoud", namespace = "")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RegistratieAntwoord")
class RegistratieAntwoord {

    @XmlElement(name = "Resultaat")
    Resultaat resultaat;

    /** "1" geslaagd, "0" niet geslaagd, with MAGDA's description. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "RegistratieResultaat")
    static class Resultaat {
        @XmlValue
        String code;

        @XmlAttribute(name = "Beschrijving")
        String beschrijving;
    }
}
