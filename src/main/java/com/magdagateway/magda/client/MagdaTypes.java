package com.magdagateway.magda.client;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

/** MAGDA's common types, written once and shared by the services' own JAXB subsets. */
public final class MagdaTypes {

    private MagdaTypes() {
    }

    /** A period, its dates as MAGDA writes them (possibly incomplete, such as {@code 2023-00-00}). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaPeriode", propOrder = { "begin", "einde" })
    public static class Periode {
        @XmlElement(name = "Begin")
        public String begin;
        @XmlElement(name = "Einde")
        public String einde;
    }

    /** A code with its description; attributes of {@code Omschrijving} such as {@code Taal} are ignored. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaCode", propOrder = { "code", "omschrijving" })
    public static class Code {
        @XmlElement(name = "Code")
        public String code;
        @XmlElement(name = "Omschrijving")
        public String omschrijving;
    }

    /** A person's last names and first names, in MAGDA's order. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaNaam", propOrder = { "achternamen", "voornamen" })
    public static class Naam {
        @XmlElementWrapper(name = "Achternamen")
        @XmlElement(name = "Achternaam")
        public List<String> achternamen = new ArrayList<>();
        @XmlElementWrapper(name = "Voornamen")
        @XmlElement(name = "Voornaam")
        public List<String> voornamen = new ArrayList<>();
    }

    /** Search criteria that are an INSZ and nothing else. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaInszCriteria")
    public static class InszCriteria {
        @XmlElement(name = "INSZ")
        public String insz;
    }

    /** A text with its language ({@code TaalstringType}), such as a street name in Dutch or French. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaTaalstring")
    public static class Taalstring {
        @XmlElement(name = "String")
        public String value;
        @XmlElement(name = "Taal")
        public String taal;

        public static String text(Taalstring s) {
            return s == null ? null : s.value;
        }
    }

    /**
     * A Belgian-style address with its period ({@code AdresVoorstellingUitbreidingType}), as GeefPersoon and
     * GeefGezinssamenstelling give a main residence.
     */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaAdres")
    public static class Adres {
        @XmlElement(name = "Straatnaam")
        public Taalstring straatnaam;
        @XmlElement(name = "Huisnummer")
        public String huisnummer;
        @XmlElement(name = "Busnummer")
        public String busnummer;
        @XmlElement(name = "Postcode")
        public String postcode;
        @XmlElement(name = "Gemeentenaam")
        public Taalstring gemeentenaam;
        @XmlElement(name = "Land")
        public Taalstring land;
        @XmlElement(name = "NISCodeLand")
        public String nisCodeLand;
        @XmlElement(name = "ISOCodeLand")
        public String isoCodeLand;
        @XmlElement(name = "NISCodeGemeente")
        public String nisCodeGemeente;
        @XmlAttribute(name = "DatumBegin")
        public String datumBegin;
        @XmlAttribute(name = "DatumEinde")
        public String datumEinde;

        /** The language MAGDA gives with the street name, else with the municipality or country name. */
        public String language() {
            return Stream.of(straatnaam, gemeentenaam, land)
                    .filter(s -> s != null && s.taal != null && !s.taal.isBlank())
                    .map(s -> s.taal.trim()).findFirst().orElse(null);
        }
    }
}
