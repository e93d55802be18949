package com.magdagateway.pipeline;

import java.util.function.BiFunction;
import java.util.function.Function;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;

/**
 * One call through the gateway: which MAGDA service, about whom, how to call it (given the fresh MAGDA reference),
 * how to map its content (null when MAGDA had no data and the resource is a list) and, optionally, a refusal
 * decided before any MAGDA call (e.g. a BIS number on household), which the pipeline audits and answers.
 */
public record MagdaCall<I, D>(MagdaService service, Insz insz, BiFunction<Insz, String, Uni<MagdaAnswer<I>>> backend,
        Function<I, D> mapper, GatewayException refusal) {

    public static <I, D> MagdaCall<I, D> of(MagdaService service, Insz insz,
            BiFunction<Insz, String, Uni<MagdaAnswer<I>>> backend, Function<I, D> mapper) {
        return new MagdaCall<>(service, insz, backend, mapper, null);
    }

    /** The same call, refused up front with this error when {@code refuse} is true. */
    public MagdaCall<I, D> refusedIf(boolean refuse, GatewayException refusal) {
        return refuse ? new MagdaCall<>(service, insz, backend, mapper, refusal) : this;
    }
}
