package com.magdagateway.magda;

import java.util.Set;

import com.magdagateway.problem.ErrorCode;

/** The contract's error table: which gateway error a MAGDA FOUT code becomes. */
public final class UitzonderingClassifier {

    /** MAGDA's "no data for this question" codes: an empty list for list resources. */
    static final Set<String> NO_DATA = Set.of("30001", "30101", "40000", "70001");
    /** The INSZ does not exist or was cancelled: the person is unknown, whatever the resource. */
    static final Set<String> UNKNOWN_PERSON = Set.of("30002", "30003");

    private UitzonderingClassifier() {
    }

    public static ErrorCode classify(String code) {
        if (code == null) {
            return ErrorCode.BACKEND_ERROR;
        }
        if (NO_DATA.contains(code) || UNKNOWN_PERSON.contains(code)) {
            return ErrorCode.PERSON_NOT_FOUND;
        }
        return switch (code) {
            case "40003" -> ErrorCode.PERSON_NOT_REGISTERED;
            case "99995", "99996" -> ErrorCode.BACKEND_BUSY;
            case "60010", "99997" -> ErrorCode.BACKEND_UNAVAILABLE;
            case "60006" -> ErrorCode.BACKEND_TIMEOUT;
            default -> ErrorCode.BACKEND_ERROR;
        };
    }

    /** Whether this FOUT means "nothing known", which list resources answer with an empty list. */
    public static boolean isNoData(String code) {
        return NO_DATA.contains(code);
    }
}
