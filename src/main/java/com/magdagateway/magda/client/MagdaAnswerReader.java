package com.magdagateway.magda.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.magdagateway.magda.AnswerMismatchException;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.magda.MagdaQuestion;
import com.magdagateway.magda.UitzonderingClassifier;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/** Reads the Uitzonderingen of a MAGDA answer at both levels and either returns the content or fails per contract. */
public final class MagdaAnswerReader {

    /** What a MAGDA "no data" FOUT means for the resource at hand. */
    public enum NoData {
        /** A single-person resource: 404 {@code PERSON_NOT_FOUND}. */
        NOT_FOUND,
        /** A list resource: an empty list. */
        EMPTY
    }

    private MagdaAnswerReader() {
    }

    /** Reads an answer without checking that it answers a question: for canned answers in tests. */
    public static <I> MagdaAnswer<I> read(MagdaResponse response, Class<I> content, NoData noData) {
        return read(response, content, noData, null);
    }

    /**
     * Reads an answer after checking, before anything else, that it answers {@code question}: an answer to another
     * question is not to be trusted, not even its "not found".
     */
    public static <I> MagdaAnswer<I> read(MagdaResponse response, Class<I> content, NoData noData,
            MagdaQuestion<I> question) {
        MagdaResponse.Repliek repliek = response == null ? null : response.repliek;
        if (repliek == null) {
            throw new GatewayException(ErrorCode.BACKEND_ERROR, "MAGDA answered without a Repliek");
        }
        Optional<MagdaResponse.Antwoord> antwoord = repliek.antwoorden.stream().findFirst();
        if (question != null) {
            antwoord.ifPresent(a -> correlate(a, content, question));
        }
        List<MagdaMessage> messages = all(repliek).stream().map(Uitzondering::toMessage).toList();

        List<MagdaMessage> warnings = messages.stream().filter(m -> !m.isError()).toList();
        Optional<MagdaMessage> error = messages.stream().filter(MagdaMessage::isError).findFirst();
        if (error.isPresent()) {
            MagdaMessage fout = error.get();
            if (noData == NoData.EMPTY && UitzonderingClassifier.isNoData(fout.code())) {
                return new MagdaAnswer<>(null, warnings);
            }
            throw failure(fout);
        }
        if (antwoord.isEmpty()) {
            throw new GatewayException(ErrorCode.BACKEND_ERROR, "MAGDA answered without an Antwoord");
        }
        return new MagdaAnswer<>(antwoord.get().inhoud(content), warnings);
    }

    /** The {@code Antwoord} must carry our reference and, when it has content, be about the person asked. */
    static <I> void correlate(MagdaResponse.Antwoord antwoord, Class<I> type, MagdaQuestion<I> question) {
        String referte = antwoord.referte == null ? null : antwoord.referte.trim();
        if (!question.reference().equals(referte)) {
            throw new AnswerMismatchException("it carries another reference");
        }
        I content = antwoord.inhoud(type);
        if (content != null && !question.aboutAsked().test(content)) {
            throw new AnswerMismatchException("it is about another person");
        }
    }

    /** Every Uitzondering of an answer, the Repliek's first. */
    static List<Uitzondering> all(MagdaResponse.Repliek repliek) {
        List<Uitzondering> all = new ArrayList<>(repliek.uitzonderingen);
        repliek.antwoorden.forEach(a -> all.addAll(a.uitzonderingen));
        return all;
    }

    static GatewayException failure(MagdaMessage fout) {
        ErrorCode code = UitzonderingClassifier.classify(fout.code());
        String detail = "MAGDA answered " + fout.code() + (fout.diagnosis() == null ? "" : ": " + fout.diagnosis());
        return new GatewayException(code, detail, fout);
    }
}
