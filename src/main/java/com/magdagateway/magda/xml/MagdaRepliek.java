package com.magdagateway.magda.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlTransient;

/** The {@code Repliek} of every MAGDA answer; services add their typed {@code Antwoorden}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlTransient
public abstract class MagdaRepliek<I> {

    @XmlElement(name = "Context")
    public MagdaContext context;

    /** Level-2 exceptions: the whole request failed. */
    @XmlElementWrapper(name = "Uitzonderingen")
    @XmlElement(name = "Uitzondering")
    public List<Uitzondering> uitzonderingen = new ArrayList<>();

    /** The answers to our (single) question; empty when the request failed as a whole. */
    public abstract List<? extends MagdaAntwoord<I>> antwoorden();
}
