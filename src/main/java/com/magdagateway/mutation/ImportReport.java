package com.magdagateway.mutation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What importing one publication did: counts, the Onderwerpen it refused and why, and whether it read to the end. */
@Schema(name = "MutationImportReport")
public record ImportReport(
        @Schema(description = "PERSON for PubliceerMutatiePersoon, HOUSEHOLD for PubliceerMutatieGezinssamenstelling",
                nullable = true) MutationKind kind,
        @Schema(description = "Onderwerpen read") int onderwerpen,
        @Schema(description = "Onderwerpen stored as new mutations") int imported,
        @Schema(description = "Onderwerpen whose Referte was already imported (nothing added)") int duplicates,
        @Schema(description = "Onderwerpen refused") int rejected,
        @Schema(description = "The refused Onderwerpen (the first 1000)") List<Rejection> rejections,
        @Schema(description = "False when the file could not be read to its end; what came before is imported") boolean complete,
        @Schema(description = "Why the file could not be read to its end", nullable = true) String error,
        @Schema(description = "The line the reader had reached when it stopped", nullable = true) Integer errorLine) {
}
