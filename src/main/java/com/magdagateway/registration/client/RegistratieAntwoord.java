package com.magdagateway.registration.client;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlValue;

/** The answer's {@code Inhoud} of both registration services: one {@code Resultaat} ({@code ResultaatCodeType}). */
@XmlRootElement(name = "Inhoud", namespace = "")
class RegistratieAntwoord {

    @XmlElement(name = "Resultaat")
    public Resultaat resultaat;

    /** "1" geslaagd, "0" niet geslaagd, with MAGDA's description. */
    static class Resultaat {
        @XmlValue
        public String code;

        @XmlAttribute(name = "Beschrijving")
        public String beschrijving;
    }
}
