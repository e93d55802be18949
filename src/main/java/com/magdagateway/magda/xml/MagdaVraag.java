package com.magdagateway.magda.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/** The single {@code Vraag} of a request; services add their typed {@code Inhoud}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlTransient
public abstract class MagdaVraag {

    @XmlElement(name = "Referte")
    public String referte;
}
