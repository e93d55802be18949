package com.magdagateway.magda;

import java.util.List;
import java.util.function.Function;

/** A successful MAGDA answer: its typed content (null when MAGDA reported no data) and the warnings beside it. */
public record MagdaAnswer<I>(I content, List<MagdaMessage> warnings) {

    /** The same answer with its content mapped; {@code mapper} is given the content even when it is null (no data). */
    public <D> MagdaAnswer<D> map(Function<I, D> mapper) {
        return new MagdaAnswer<>(mapper.apply(content), warnings);
    }
}
