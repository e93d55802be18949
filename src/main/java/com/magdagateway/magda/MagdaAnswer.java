package com.magdagateway.magda;

import java.util.List;

/** A successful MAGDA answer: its typed content (null when MAGDA reported no data) and the warnings beside it. */
public record MagdaAnswer<I>(I content, List<MagdaMessage> warnings) {
}
