package com.magdagateway.link;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's MAGDA registration as the gateway knows it from the calls it made (MAGDA itself is not asked). */
@Schema(name = "KnownRegistration")
public record KnownRegistration(
        @Schema(description = "REGISTERED (without end), ENDING (deregistered, mutations flow until endDate), "
                + "NOT_REGISTERED, or UNKNOWN (the gateway never (de)registered this person)") State state,
        @Schema(implementation = String.class, format = "date", nullable = true,
                description = "The end date MAGDA was given") LocalDate endDate,
        @Schema(nullable = true, description = "When the gateway last changed it") OffsetDateTime updatedAt) {

    /** The states a registration can be in, from the gateway's point of view. */
    @Schema(name = "KnownRegistrationState")
    public enum State {
        REGISTERED, ENDING, NOT_REGISTERED, UNKNOWN
    }

    public static final KnownRegistration UNKNOWN = new KnownRegistration(State.UNKNOWN, null, null);

    /** Reads a stored row: registered without end, deregistered with an end still ahead, or nothing. */
    static KnownRegistration of(boolean registered, LocalDate endDate, OffsetDateTime updatedAt, LocalDate today) {
        if (registered && endDate == null) {
            return new KnownRegistration(State.REGISTERED, null, updatedAt);
        }
        boolean ending = endDate != null && !endDate.isBefore(today);
        return new KnownRegistration(ending ? State.ENDING : State.NOT_REGISTERED, endDate, updatedAt);
    }

    /** Registered at MAGDA without end date, as far as the gateway knows. */
    public boolean withoutEnd() {
        return state == State.REGISTERED;
    }
}
