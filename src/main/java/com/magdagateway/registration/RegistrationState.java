package com.magdagateway.registration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.magdagateway.link.KnownRegistration;
import com.magdagateway.link.PersonLink;

/** {@code GET …/registration}: the calling entity's link to the person and the MAGDA registration as the gateway knows it. */
public record RegistrationState(
        @Schema(description = "INSZ of the person", example = "87671210189") String insz,
        @Schema(nullable = true, description = "This entity's link; null when it has none (other entities' links are never shown)")
        PersonLink link,
        @Schema(description = "The person's MAGDA registration as the gateway knows it from the calls it made")
        KnownRegistration magdaRegistration) {
}
