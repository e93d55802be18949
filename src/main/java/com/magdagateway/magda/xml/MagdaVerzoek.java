package com.magdagateway.magda.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/** The {@code Verzoek} of every MAGDA request; services add their typed {@code Vragen}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlTransient
public abstract class MagdaVerzoek {

    @XmlElement(name = "Context")
    public MagdaContext context;
}
