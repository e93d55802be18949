package com.magdagateway.authz;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.magdagateway.link.LinkDates;
import com.magdagateway.link.PersonLinks;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;

/**
 * The employee rule ({@code GATEWAY_REQUIRE_LINK}): an entity may look a person up only while it has an EMPLOYEE link
 * to them, active (a future appointment included) or inside its two-year tail; otherwise 403 {@code PERSON_NOT_LINKED}.
 */
@ApplicationScoped
public class EmployeeRule {

    private final boolean required;
    private final PersonLinks links;

    public EmployeeRule(@ConfigProperty(name = "gateway.require-link", defaultValue = "true") boolean required,
            PersonLinks links) {
        this.required = required;
        this.links = links;
    }

    /** Completes when the rule is off or the link exists; one round trip otherwise. */
    public Uni<Void> check(String entity, String insz) {
        if (!required) {
            return Uni.createFrom().voidItem();
        }
        return links.mayLookUp(entity, insz, LinkDates.today()).map(linked -> {
            if (!linked) {
                // Never say whether another entity has the person: that is not this entity's business.
                throw new GatewayException(ErrorCode.PERSON_NOT_LINKED, "Entity " + entity
                        + " has no active employee link to this person (GATEWAY_REQUIRE_LINK)");
            }
            return null;
        });
    }
}
