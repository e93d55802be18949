package com.magdagateway.magda;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What an answer must echo to be the answer to our question: the reference we sent and, where its content names a
 * person, the INSZ we asked about ({@code aboutAsked} judges the content; it is never given a missing one).
 */
public record MagdaQuestion<I>(String reference, Predicate<I> aboutAsked) {

    /** For answers that name no person: only the reference is compared. */
    public static <I> MagdaQuestion<I> reference(String reference) {
        return new MagdaQuestion<>(reference, content -> true);
    }

    /** Whether every INSZ an answer names (absent ones aside) is the one asked. */
    public static boolean namesOnly(String asked, Stream<String> named) {
        return named.filter(Objects::nonNull).map(String::trim).allMatch(asked::equals);
    }
}
