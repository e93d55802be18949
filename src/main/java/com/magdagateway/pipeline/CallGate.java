package com.magdagateway.pipeline;

import java.util.function.BiFunction;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;

import io.smallrye.mutiny.Uni;

/**
 * What a call does between its authorization and MAGDA: it may hold a lock, decide that no MAGDA call is needed, and
 * act on the outcome; the pipeline still audits either way, through the {@link Passage} it is given.
 */
@FunctionalInterface
public interface CallGate<D> {

    Uni<ApiResponse<D>> pass(Passage<D> passage);

    /** The rest of the pipeline, as offered to a gate: exactly one of the two ways is to be taken, once. */
    interface Passage<D> {

        /** Who is calling, for whom: already authorized. */
        Caller caller();

        /** Audits the intent, calls MAGDA under the service's guard with {@code backend}, audits the outcome. */
        Uni<ApiResponse<D>> viaMagda(BiFunction<Insz, String, Uni<MagdaAnswer<D>>> backend);

        /**
         * Answers {@code data} without calling MAGDA, audited as {@code SUCCESS} without MAGDA reference and with the
         * reason {@code NO_MAGDA_CALL}; the envelope has no {@code source}.
         */
        Uni<ApiResponse<D>> withoutMagda(D data);
    }
}
