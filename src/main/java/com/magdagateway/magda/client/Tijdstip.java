package com.magdagateway.magda.client;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** A MAGDA timestamp, kept as the two strings MAGDA sends ({@code Datum}, {@code Tijd}). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TijdstipType", propOrder = { "datum", "tijd" })
public class Tijdstip {

    @XmlElement(name = "Datum")
    public String datum;

    @XmlElement(name = "Tijd")
    public String tijd;
}
