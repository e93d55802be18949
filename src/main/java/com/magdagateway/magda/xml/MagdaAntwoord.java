package com.magdagateway.magda.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlTransient;

/** One {@code Antwoord}: the per-question answer whose {@code Inhoud} each service types for itself. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlTransient
public abstract class MagdaAntwoord<I> {

    @XmlElement(name = "Referte")
    public String referte;

    /** Level-3 exceptions: about this question only. */
    @XmlElementWrapper(name = "Uitzonderingen")
    @XmlElement(name = "Uitzondering")
    public List<Uitzondering> uitzonderingen = new ArrayList<>();

    /** The service-specific content, or null when MAGDA sent none. */
    public abstract I inhoud();
}
