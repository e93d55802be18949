package com.magdagateway.magda.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import org.w3c.dom.Element;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/**
 * The SOAP body of every MAGDA answer: a {@code Repliek} with its {@code Uitzonderingen} (the whole request failed)
 * and {@code Antwoorden}, each with its own {@code Uitzonderingen} and the service's typed {@code Inhoud}. JAXB binds
 * the {@code Inhoud} to the one class of the port's context that is declared {@code @XmlRootElement(name = "Inhoud", namespace = "")}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MagdaResponse")
public class MagdaResponse {

    @XmlElement(name = "Repliek")
    public Repliek repliek;

    /** {@code Repliek}: level-2 exceptions and the answers to our (single) question. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaRepliek")
    public static class Repliek {
        @XmlElement(name = "Context")
        public MagdaContext context;

        @XmlElementWrapper(name = "Uitzonderingen")
        @XmlElement(name = "Uitzondering")
        public List<Uitzondering> uitzonderingen = new ArrayList<>();

        @XmlElementWrapper(name = "Antwoorden")
        @XmlElement(name = "Antwoord")
        public List<Antwoord> antwoorden = new ArrayList<>();
    }

    /** {@code Antwoord}: our reference echoed, level-3 exceptions and the content. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "MagdaAntwoord")
    public static class Antwoord {
        @XmlElement(name = "Referte")
        public String referte;

        @XmlElementWrapper(name = "Uitzonderingen")
        @XmlElement(name = "Uitzondering")
        public List<Uitzondering> uitzonderingen = new ArrayList<>();

        /** The {@code Inhoud}, and any element MAGDA adds later (kept as DOM, ignored). */
        @XmlAnyElement(lax = true)
        public List<Object> elements = new ArrayList<>();

        /** The content as {@code type}, or null when MAGDA sent none. */
        public <A> A inhoud(Class<A> type) {
            Optional<Object> inhoud = elements.stream().filter(e -> type.isInstance(e) || isInhoud(e)).findFirst();
            if (inhoud.isPresent() && !type.isInstance(inhoud.get())) {
                // Only when the port does not declare its content class: a programming error, not MAGDA's.
                throw new GatewayException(ErrorCode.BACKEND_ERROR, "MAGDA's Inhoud could not be read as " + type.getSimpleName());
            }
            return inhoud.map(type::cast).orElse(null);
        }

        private static boolean isInhoud(Object element) {
            return element instanceof Element dom && "Inhoud".equals(dom.getLocalName());
        }
    }
}
