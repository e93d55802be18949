package com.magdagateway.pipeline;

import java.util.function.BiFunction;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;

/**
 * One call through the gateway: which MAGDA service, about whom, how to call it (given the fresh MAGDA reference;
 * the adapter answers in the contract's own types), optionally a refusal decided before any MAGDA call (e.g. a BIS
 * number on household), which the pipeline audits and answers, and optionally a gate that decides, once the caller
 * is authorized, whether MAGDA is needed at all (e.g. a registration another entity's link already keeps).
 */
public record MagdaCall<D>(MagdaService service, Insz insz, BiFunction<Insz, String, Uni<MagdaAnswer<D>>> backend,
        GatewayException refusal, CallGate<D> gate) {

    public static <D> MagdaCall<D> of(MagdaService service, Insz insz, BiFunction<Insz, String, Uni<MagdaAnswer<D>>> backend) {
        return new MagdaCall<>(service, insz, backend, null, null);
    }

    /** A call whose gate decides, after authorization, whether and how MAGDA is called. */
    public static <D> MagdaCall<D> gated(MagdaService service, Insz insz, CallGate<D> gate) {
        return new MagdaCall<>(service, insz, null, null, gate);
    }

    /** The same call, refused up front with this error when {@code refuse} is true. */
    public MagdaCall<D> refusedIf(boolean refuse, GatewayException refusal) {
        return refuse ? new MagdaCall<>(service, insz, backend, refusal, gate) : this;
    }
}
