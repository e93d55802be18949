package com.magdagateway.api;

import com.magdagateway.magda.MagdaMessage;

/** A MAGDA warning or information message passed on beside the data. */
public record ApiWarning(String code, String origin, String type, String diagnosis) {

    public static ApiWarning of(MagdaMessage message) {
        return new ApiWarning(message.code(), message.origin(), message.severity().name(), message.diagnosis());
    }
}
