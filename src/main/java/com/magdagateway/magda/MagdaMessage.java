package com.magdagateway.magda;

import java.util.List;

/**
 * A MAGDA Uitzondering in the gateway's vocabulary: code, origin, severity, diagnosis and the annotations MAGDA
 * attached (name/value pairs such as the new INSZ of a 30004 warning).
 */
public record MagdaMessage(String code, String origin, Severity severity, String diagnosis, List<Annotation> annotations) {

    /** MAGDA's three severities; only {@link #ERROR} (FOUT) fails a call. */
    public enum Severity {
        ERROR, WARNING, INFO;

        /** MAGDA's {@code Type} of an Uitzondering; anything unknown counts as an error. */
        public static Severity of(String magdaType) {
            if (magdaType == null) {
                return ERROR;
            }
            return switch (magdaType.trim()) {
                case "WAARSCHUWING" -> WARNING;
                case "INFORMATIE" -> INFO;
                default -> ERROR; // FOUT, or anything unknown: fail safe rather than return doubtful data
            };
        }
    }

    /** One {@code Annotatie}: MAGDA's name for a value (often an XPath into the answer) and the value. */
    public record Annotation(String name, String value) {

        /** The value may be an INSZ: it stays out of log lines. */
        @Override
        public String toString() {
            return "Annotation[name=" + name + "]";
        }
    }

    public MagdaMessage {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** A message without annotations. */
    public MagdaMessage(String code, String origin, Severity severity, String diagnosis) {
        this(code, origin, severity, diagnosis, List.of());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A message from the raw strings MAGDA sent, trimmed. */
    public static MagdaMessage of(String code, String origin, String type, String diagnosis) {
        return of(code, origin, type, diagnosis, List.of());
    }

    /** A message from the raw strings MAGDA sent, trimmed, with its annotations. */
    public static MagdaMessage of(String code, String origin, String type, String diagnosis, List<Annotation> annotations) {
        return new MagdaMessage(trim(code), trim(origin), Severity.of(type), trim(diagnosis),
                annotations.stream().map(a -> new Annotation(trim(a.name()), trim(a.value()))).toList());
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
