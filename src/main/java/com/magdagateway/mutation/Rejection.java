package com.magdagateway.mutation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An {@code Onderwerp} that was not imported, and why; the rest of its publication is imported all the same. */
@Schema(name = "MutationRejection")
public record Rejection(
        @Schema(description = "1-based position of the Onderwerp in the publication") int position,
        @Schema(description = "The line the Onderwerp starts on") int line,
        @Schema(description = "MAGDA's Onderwerp/Referte, when it has one", nullable = true) String referte,
        @Schema(description = "Why it was not imported") String reason) {
}
