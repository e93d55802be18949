package com.magdagateway.pipeline;

import java.util.function.BiFunction;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;

/**
 * One call through the gateway: which MAGDA service, about whom, how to call it (given the fresh MAGDA reference;
 * the adapter answers in the contract's own types) and, optionally, a refusal decided before any MAGDA call (e.g. a
 * BIS number on household), which the pipeline audits and answers.
 */
public record MagdaCall<D>(MagdaService service, Insz insz, BiFunction<Insz, String, Uni<MagdaAnswer<D>>> backend,
        GatewayException refusal) {

    public static <D> MagdaCall<D> of(MagdaService service, Insz insz, BiFunction<Insz, String, Uni<MagdaAnswer<D>>> backend) {
        return new MagdaCall<>(service, insz, backend, null);
    }

    /** The same call, refused up front with this error when {@code refuse} is true. */
    public MagdaCall<D> refusedIf(boolean refuse, GatewayException refusal) {
        return refuse ? new MagdaCall<>(service, insz, backend, refusal) : this;
    }
}
