package com.magdagateway.registration.client;

import java.util.List;

import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/** Judges a registration answer without FOUT: only {@code Resultaat} 1 (or, for a registration, 40143) proves the write. */
final class RegistrationResults {

    /** MAGDA's WAARSCHUWING "registration already exists". */
    static final String ALREADY_REGISTERED = "40143";

    static final String GESLAAGD = "1";
    static final String NIET_GESLAAGD = "0";

    private RegistrationResults() {
    }

    /**
     * RegistreerInschrijving: {@code Resultaat} 1, or the warning 40143, is success. "Already registered" is exactly
     * the state the caller asked for, so it wins over whatever {@code Resultaat} comes with it (idempotent PUT).
     */
    static MagdaAnswer<RegistratieAntwoord> confirmRegistration(MagdaAnswer<RegistratieAntwoord> answer) {
        return alreadyRegistered(answer) ? answer : confirm(answer, "registration");
    }

    /**
     * RegistreerUitschrijving: only {@code Resultaat} decides. A 40143 warning is passed on but proves nothing
     * about the deregistration, so it cannot turn a "niet geslaagd" into success.
     */
    static MagdaAnswer<RegistratieAntwoord> confirmDeregistration(MagdaAnswer<RegistratieAntwoord> answer) {
        return confirm(answer, "deregistration");
    }

    /** Whether a deregistration failed because MAGDA knows no registration for the person (FOUT 40003). */
    static boolean notRegistered(Throwable failure) {
        return failure instanceof GatewayException gateway && gateway.code() == ErrorCode.PERSON_NOT_REGISTERED
                && gateway.magda() != null;
    }

    /**
     * A deregistration of a person MAGDA does not have registered: the state the caller asked for already holds, so,
     * like a PUT on a registered person, it succeeds (idempotent DELETE), with MAGDA's message passed on as a warning.
     * The answer has no content: nothing was ended.
     */
    static MagdaAnswer<RegistratieAntwoord> alreadyDeregistered(Throwable failure) {
        MagdaMessage fout = ((GatewayException) failure).magda();
        MagdaMessage warning = new MagdaMessage(fout.code(), fout.origin(), MagdaMessage.Severity.WARNING, fout.diagnosis());
        return new MagdaAnswer<>(null, List.of(warning));
    }

    private static MagdaAnswer<RegistratieAntwoord> confirm(MagdaAnswer<RegistratieAntwoord> answer, String what) {
        RegistratieAntwoord.Resultaat resultaat = answer.content() == null ? null : answer.content().resultaat;
        String code = resultaat == null || resultaat.code == null ? null : resultaat.code.trim();
        if (GESLAAGD.equals(code)) {
            return answer;
        }
        if (NIET_GESLAAGD.equals(code)) {
            throw rejected(answer, what);
        }
        // No proof either way: 502 says "outcome unknown" (the client may safely repeat the idempotent call),
        // where 422 would wrongly claim that MAGDA refused it.
        throw new GatewayException(ErrorCode.BACKEND_ERROR, code == null
                ? "MAGDA's answer carries no Resultaat: the outcome of the " + what + " is unknown"
                : "MAGDA's answer carries an unknown Resultaat: the outcome of the " + what + " is unknown");
    }

    private static GatewayException rejected(MagdaAnswer<RegistratieAntwoord> answer, String what) {
        String description = answer.content().resultaat.beschrijving;
        String detail = "MAGDA did not carry out the " + what + " (Resultaat 0"
                + (description == null || description.isBlank() ? "" : ": " + description.trim()) + ")";
        // A warning beside the refusal is the best explanation MAGDA gives; it becomes the problem's "magda" part.
        MagdaMessage reason = answer.warnings().stream().findFirst().orElse(null);
        return new GatewayException(ErrorCode.REGISTRATION_REJECTED, detail, reason);
    }

    private static boolean alreadyRegistered(MagdaAnswer<RegistratieAntwoord> answer) {
        return answer.warnings().stream().anyMatch(w -> ALREADY_REGISTERED.equals(w.code()));
    }
}
