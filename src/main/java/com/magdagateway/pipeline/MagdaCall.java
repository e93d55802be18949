package com.magdagateway.pipeline;

import java.util.function.BiFunction;
import java.util.function.Function;

import com.magdagateway.insz.Insz;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaService;

import io.smallrye.mutiny.Uni;

/**
 * One call through the gateway: which MAGDA service, about whom, how to call it (given the fresh MAGDA reference)
 * and how to map its content to the REST representation.
 */
public record MagdaCall<I, D>(MagdaService service, Insz insz, BiFunction<Insz, String, Uni<MagdaAnswer<I>>> backend,
        Function<I, D> mapper) {

    public static <I, D> MagdaCall<I, D> of(MagdaService service, Insz insz,
            BiFunction<Insz, String, Uni<MagdaAnswer<I>>> backend, Function<I, D> mapper) {
        return new MagdaCall<>(service, insz, backend, mapper);
    }
}
