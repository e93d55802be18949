package com.magdagateway.magda;

/** A MAGDA Uitzondering in the gateway's vocabulary: code, origin, severity and diagnosis. */
public record MagdaMessage(String code, String origin, Severity severity, String diagnosis) {

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

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A message from the raw strings MAGDA sent, trimmed. */
    public static MagdaMessage of(String code, String origin, String type, String diagnosis) {
        return new MagdaMessage(trim(code), trim(origin), Severity.of(type), trim(diagnosis));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
