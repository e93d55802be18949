package com.magdagateway.mutation.client;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;


import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxException;
import com.magdagateway.household.client.HouseholdPublicationClient;
import com.magdagateway.magda.client.XmlLimits;
import com.magdagateway.mutation.MutationKind;
import com.magdagateway.mutation.PublicationSink;
import com.magdagateway.mutation.PublishedMutation;
import com.magdagateway.mutation.Rejection;
import com.magdagateway.mutation.UnreadablePublicationException;
import com.magdagateway.person.client.PersonPublicationClient;

/**
 * Streams a MAGDA mutation publication (PubliceerMutatiePersoon or PubliceerMutatieGezinssamenstelling 02.02) one
 * {@code Onderwerp} at a time, so that memory does not grow with the file. Each Onderwerp is held to the limits of
 * one MAGDA answer ({@link XmlLimits}); the file as a whole is not, since a publication may hold any number of them.
 * An Onderwerp that cannot be read is reported and skipped; XML that is not well-formed ends the file.
 */
public final class MutationPublicationClient {

    /** Root, Publicatie, Onderwerpen, Onderwerp. */
    private static final int ONDERWERP_DEPTH = 4;
    private static final int MAX_REFERTE = 36;
    private static final XMLInputFactory FACTORY = inputFactory();

    private MutationPublicationClient() {
    }

    /** Reads the whole publication into {@code sink}; answers its kind. */
    public static MutationKind read(InputStream in, PublicationSink sink) {
        GuardedReader reader = null;
        try {
            reader = new GuardedReader(FACTORY.createXMLStreamReader(in));
            MutationKind kind = root(reader);
            int position = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && reader.depth() == ONDERWERP_DEPTH
                        && "Onderwerp".equals(reader.getLocalName())) {
                    onderwerp(reader, kind, ++position, sink);
                }
            }
            return kind;
        } catch (XMLStreamException e) {
            throw unreadable(reader, e);
        } finally {
            close(reader);
        }
    }

    private static MutationKind root(GuardedReader reader) throws XMLStreamException {
        while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: comments, processing instructions, whitespace
        }
        if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new UnreadablePublicationException("The document is empty", -1, null);
        }
        for (MutationKind kind : MutationKind.values()) {
            if (kind.serviceName().equals(reader.getLocalName())) {
                return kind;
            }
        }
        throw new UnreadablePublicationException(
                "Not a PubliceerMutatiePersoon or PubliceerMutatieGezinssamenstelling document", line(reader), null);
    }

    /** Reads one Onderwerp; a failure inside it rejects it and skips to its end. */
    private static void onderwerp(GuardedReader reader, MutationKind kind, int position, PublicationSink sink)
            throws XMLStreamException {
        Onderwerp o = new Onderwerp(position, line(reader));
        reader.startGuarding();
        try {
            Walk walk = new Walk(reader);
            while (walk.nextChild(ONDERWERP_DEPTH)) {
                switch (reader.getLocalName()) {
                    case "Referte" -> o.referte = reader.elementText();
                    case "Inhoud" -> inhoud(walk, kind, o);
                    case "Uitzonderingen" -> uitzonderingen(walk, o);
                    default -> walk.skip();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (fatal(e)) {
                throw e;
            }
            reader.stopGuarding();
            skipTo(reader, ONDERWERP_DEPTH);
            sink.reject(new Rejection(o.position, o.line, o.shortReferte(), reason(e)));
            return;
        } finally {
            reader.stopGuarding();
        }
        String problem = o.problem(kind);
        if (problem != null) {
            sink.reject(new Rejection(o.position, o.line, o.shortReferte(), problem));
            return;
        }
        sink.accept(new PublishedMutation(o.position, o.line, kind, o.referte.trim(), o.insz, o.cancelledInsz,
                o.tijdstip.trim(), o.reden, o.data));
    }

    private static void inhoud(Walk walk, MutationKind kind, Onderwerp o) throws XMLStreamException {
        o.inhoud = true;
        int depth = walk.reader.depth();
        while (walk.nextChild(depth)) {
            String name = walk.reader.getLocalName();
            if (kind == MutationKind.PERSON && "MutatiePersoon".equals(name)) {
                mutatiePersoon(walk, o);
            } else if (kind == MutationKind.HOUSEHOLD && "MutatieGezinssamenstelling".equals(name)) {
                mutatieGezinssamenstelling(walk, o);
            } else {
                walk.skip(); // Metadata
            }
        }
    }

    private static void mutatiePersoon(Walk walk, Onderwerp o) throws XMLStreamException {
        int depth = walk.reader.depth();
        while (walk.nextChild(depth)) {
            switch (walk.reader.getLocalName()) {
                case "MutatieInformatie" -> mutatieInformatie(walk, o);
                case "Persoon" -> {
                    PersonPublicationClient.read(walk.reader, (person, referenceFile) -> {
                        o.data = person;
                        o.insz = person.insz() == null ? null : person.insz().trim();
                        // A Referentiedossier naming another number: this person's INSZ replaced that one.
                        o.cancelledInsz = referenceFile == null || referenceFile.isEmpty()
                                || referenceFile.equals(o.insz) ? null : referenceFile;
                        return person;
                    });
                    walk.afterUnmarshal();
                }
                default -> walk.skip();
            }
        }
    }

    private static void mutatieGezinssamenstelling(Walk walk, Onderwerp o) throws XMLStreamException {
        int depth = walk.reader.depth();
        boolean members = false;
        while (walk.nextChild(depth)) {
            switch (walk.reader.getLocalName()) {
                case "MutatieInformatie" -> mutatieInformatie(walk, o);
                case "INSZ" -> o.insz = walk.reader.elementText().trim();
                case "Gezinssamenstelling" -> {
                    // The schema puts INSZ first; a file that does not is refused rather than guessed at.
                    if (o.insz == null) {
                        throw new OnderwerpInvalid("Gezinssamenstelling before the INSZ");
                    }
                    o.data = HouseholdPublicationClient.read(walk.reader, o.insz);
                    members = true;
                    walk.afterUnmarshal();
                }
                default -> walk.skip();
            }
        }
        if (!members && o.insz != null) {
            o.data = HouseholdPublicationClient.none(o.insz);
        }
    }

    private static void mutatieInformatie(Walk walk, Onderwerp o) throws XMLStreamException {
        int depth = walk.reader.depth();
        while (walk.nextChild(depth)) {
            switch (walk.reader.getLocalName()) {
                case "Tijdstip" -> o.tijdstip = walk.reader.elementText();
                case "Reden" -> o.reden = walk.reader.elementText().trim();
                default -> walk.skip();
            }
        }
    }

    /** MAGDA may mark an Onderwerp with its own FOUT: such an Onderwerp is reported, not imported. */
    private static void uitzonderingen(Walk walk, Onderwerp o) throws XMLStreamException {
        int depth = walk.reader.depth();
        while (walk.nextChild(depth)) {
            int uitzondering = walk.reader.depth();
            String code = null;
            String type = null;
            while (walk.nextChild(uitzondering)) {
                switch (walk.reader.getLocalName()) {
                    case "Identificatie" -> code = walk.reader.elementText().trim();
                    case "Type" -> type = walk.reader.elementText().trim();
                    default -> walk.skip();
                }
            }
            if ("FOUT".equalsIgnoreCase(type)) {
                o.fouten.add(code == null ? "?" : code);
            }
        }
    }

    /** Well-formedness and parser limits end the file: the reader cannot be trusted past them. */
    private static boolean fatal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WstxException || t instanceof UnreadablePublicationException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OnderwerpInvalid invalid) {
                return invalid.getMessage();
            }
        }
        return "Unreadable Onderwerp (" + e.getClass().getSimpleName() + ")";
    }

    private static void skipTo(GuardedReader reader, int depth) throws XMLStreamException {
        while (!(reader.getEventType() == XMLStreamConstants.END_ELEMENT && reader.depth() == depth)) {
            reader.next();
        }
    }

    private static UnreadablePublicationException unreadable(GuardedReader reader, Throwable e) {
        if (e instanceof UnreadablePublicationException u) {
            return u;
        }
        // Woodstox's messages may quote the offending content (an INSZ, say): only its kind and the line are kept.
        return new UnreadablePublicationException("The XML is not well-formed or breaks a parser limit ("
                + e.getClass().getSimpleName() + ")", reader == null ? -1 : line(reader), null);
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? -1 : reader.getLocation().getLineNumber();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }

    /**
     * The answers' factory settings (no DTD, no external entities, the same depth, attribute and text limits), but
     * without the per-document totals: those are enforced per Onderwerp by {@link GuardedReader}.
     */
    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XmlLimits.inputFactory();
        factory.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, Integer.MAX_VALUE);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, Long.MAX_VALUE);
        factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, Long.MAX_VALUE);
        return factory;
    }

    /** What one Onderwerp said, gathered while walking it. */
    private static final class Onderwerp {
        final int position;
        final int line;
        final List<String> fouten = new ArrayList<>();
        String referte;
        boolean inhoud;
        String tijdstip;
        String reden;
        String insz;
        String cancelledInsz;
        Object data;

        Onderwerp(int position, int line) {
            this.position = position;
            this.line = line;
        }

        String shortReferte() {
            return referte == null || referte.isBlank() ? null
                    : referte.trim().length() > MAX_REFERTE ? referte.trim().substring(0, MAX_REFERTE) : referte.trim();
        }

        /** Why this Onderwerp cannot be imported, or null. The INSZ itself is checked by the importer. */
        String problem(MutationKind kind) {
            if (referte == null || referte.isBlank()) {
                return "No Referte";
            }
            if (referte.trim().length() > MAX_REFERTE) {
                return "Referte longer than " + MAX_REFERTE + " characters";
            }
            if (!fouten.isEmpty()) {
                return "MAGDA reported an error for this Onderwerp: " + String.join(", ", fouten);
            }
            if (!inhoud) {
                return "No Inhoud";
            }
            if (tijdstip == null || tijdstip.isBlank()) {
                return "No MutatieInformatie/Tijdstip";
            }
            if (data == null) {
                return kind == MutationKind.PERSON ? "No Persoon" : "No INSZ";
            }
            return insz == null || insz.isEmpty() ? "No INSZ" : null;
        }
    }

    /** A rule of the publication's shape that an Onderwerp breaks; the Onderwerp is rejected, the file goes on. */
    static final class OnderwerpInvalid extends RuntimeException {
        OnderwerpInvalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Moves from child element to child element; knows whether JAXB already moved the reader past an element. */
    private static final class Walk {
        final GuardedReader reader;
        private boolean advanced;

        Walk(GuardedReader reader) {
            this.reader = reader;
        }

        /** Moves to the next child of the element at {@code parentDepth}; false at that element's end. */
        boolean nextChild(int parentDepth) throws XMLStreamException {
            int event = advanced ? reader.getEventType() : reader.next();
            advanced = false;
            while (true) {
                if (event == XMLStreamConstants.START_ELEMENT && reader.depth() == parentDepth + 1) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT && reader.depth() == parentDepth) {
                    return false;
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("Unexpected end of the document");
                }
                event = reader.next();
            }
        }

        /** JAXB leaves the reader on the event after the element it read. */
        void afterUnmarshal() {
            advanced = true;
        }

        void skip() throws XMLStreamException {
            skipTo(reader, reader.depth());
        }
    }
}
