package com.magdagateway.mutation;

/**
 * One {@code Onderwerp} of a publication as read from the file, not yet checked: MAGDA's reference, the person it is
 * about, the cancelled INSZ when the change replaced the person's number, MAGDA's time and reason, and the data
 * already mapped to the gateway's own {@code Person} or {@code Household}.
 *
 * @param position 1-based position of the Onderwerp in the file
 * @param line the line the Onderwerp starts on
 */
public record PublishedMutation(int position, int line, MutationKind kind, String referte, String insz,
        String cancelledInsz, String magdaTime, String reason, Object data) {
}
