package com.magdagateway.magda;

import com.magdagateway.magda.xml.Uitzondering;

/** A MAGDA Uitzondering in the gateway's vocabulary: code, origin, severity and diagnosis. */
public record MagdaMessage(String code, String origin, Severity severity, String diagnosis) {

    /** MAGDA's three severities; only {@link #ERROR} (FOUT) fails a call. */
    public enum Severity {
        ERROR, WARNING, INFO;

        static Severity of(String magdaType) {
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

    public static MagdaMessage of(Uitzondering u) {
        return new MagdaMessage(trim(u.identificatie), trim(u.oorsprong), Severity.of(u.type), trim(u.diagnose));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
