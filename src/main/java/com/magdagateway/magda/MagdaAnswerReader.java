package com.magdagateway.magda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.magdagateway.magda.xml.MagdaAntwoord;
import com.magdagateway.magda.xml.MagdaRepliek;
import com.magdagateway.magda.xml.MagdaResponse;
import com.magdagateway.magda.xml.Uitzondering;
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
    public static <I> MagdaAnswer<I> read(MagdaResponse<I> response, NoData noData) {
        return read(response, noData, null);
    }

    /**
     * Reads an answer after checking, before anything else, that it answers {@code question}: an answer to another
     * question is not to be trusted, not even its "not found".
     */
    public static <I> MagdaAnswer<I> read(MagdaResponse<I> response, NoData noData, MagdaQuestion<I> question) {
        MagdaRepliek<I> repliek = response == null ? null : response.repliek();
        if (repliek == null) {
            throw new GatewayException(ErrorCode.BACKEND_ERROR, "MAGDA answered without a Repliek");
        }
        Optional<? extends MagdaAntwoord<I>> antwoord = repliek.antwoorden().stream().findFirst();
        if (question != null) {
            antwoord.ifPresent(a -> correlate(a, question));
        }
        List<MagdaMessage> messages = new ArrayList<>();
        repliek.uitzonderingen.stream().map(MagdaMessage::of).forEach(messages::add);
        antwoord.ifPresent(a -> a.uitzonderingen.stream().map(MagdaMessage::of).forEach(messages::add));

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
        return new MagdaAnswer<>(antwoord.get().inhoud(), warnings);
    }

    /** The {@code Antwoord} must carry our reference and, when it has content, be about the person asked. */
    static <I> void correlate(MagdaAntwoord<I> antwoord, MagdaQuestion<I> question) {
        String referte = antwoord.referte == null ? null : antwoord.referte.trim();
        if (!question.reference().equals(referte)) {
            throw new AnswerMismatchException("it carries another reference");
        }
        I content = antwoord.inhoud();
        if (content != null && !question.aboutAsked().test(content)) {
            throw new AnswerMismatchException("it is about another person");
        }
    }

    /** Collects every Uitzondering of an answer, for services that judge success from content as well. */
    public static List<Uitzondering> all(MagdaRepliek<?> repliek) {
        List<Uitzondering> all = new ArrayList<>(repliek.uitzonderingen);
        repliek.antwoorden().forEach(a -> all.addAll(a.uitzonderingen));
        return all;
    }

    static GatewayException failure(MagdaMessage fout) {
        ErrorCode code = UitzonderingClassifier.classify(fout.code());
        String detail = "MAGDA answered " + fout.code() + (fout.diagnosis() == null ? "" : ": " + fout.diagnosis());
        return new GatewayException(code, detail, fout);
    }
}
