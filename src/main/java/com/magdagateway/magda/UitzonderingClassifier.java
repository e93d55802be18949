package com.magdagateway.magda;

import java.util.Set;

import com.magdagateway.problem.ErrorCode;

/** The contract's error table: which gateway error a MAGDA FOUT code becomes. */
public final class UitzonderingClassifier {

    /** MAGDA's "no data for this question" codes: an empty list for list resources. */
    static final Set<String> NO_DATA = Set.of("30001", "30101", "40000", "70001");
    /** The INSZ does not exist or was cancelled: the person is unknown, whatever the resource. */
    static final Set<String> UNKNOWN_PERSON = Set.of("30002", "30003");
    /** MAGDA refuses us this question (no legal context, access refused, authorization error): a 403, not an outage. */
    static final Set<String> ACCESS_DENIED = Set.of("40001", "40005", "40006");
    /** The only FOUT codes that say MAGDA itself is unwell (busy, unavailable, timed out): these open the breaker. */
    static final Set<String> BACKEND_UNWELL = Set.of("99995", "99996", "99997", "60006", "60010");

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
            case "40001", "40005", "40006" -> ErrorCode.MAGDA_ACCESS_DENIED;
            case "99995", "99996" -> ErrorCode.BACKEND_BUSY;
            case "60010", "99997" -> ErrorCode.BACKEND_UNAVAILABLE;
            case "60006" -> ErrorCode.BACKEND_TIMEOUT;
            default -> ErrorCode.BACKEND_ERROR;
        };
    }

    /**
     * Whether this FOUT says MAGDA is unwell, so that it counts against the circuit breaker. Everything else MAGDA
     * answers in a readable Repliek (refusals, 20005, 50000, unknown codes) is an answer about this one question.
     */
    public static boolean isBackendUnwell(String code) {
        return code != null && BACKEND_UNWELL.contains(code.trim());
    }

    /** Whether this FOUT means "nothing known", which list resources answer with an empty list. */
    public static boolean isNoData(String code) {
        return NO_DATA.contains(code);
    }
}
