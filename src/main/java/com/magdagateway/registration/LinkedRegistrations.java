package com.magdagateway.registration;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.insz.Insz;
import com.magdagateway.link.KnownRegistration;
import com.magdagateway.link.LinkRelation;
import com.magdagateway.link.PersonLinks;
import com.magdagateway.link.PersonLinks.Ledger;
import com.magdagateway.link.PersonLinks.Snapshot;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.pipeline.CallGate.Passage;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.pipeline.MagdaCall;
import com.magdagateway.registration.Registration.MagdaRegistration;
import com.magdagateway.registration.client.RegistreerInschrijvingClient;
import com.magdagateway.registration.client.RegistreerUitschrijvingClient;

import io.smallrye.mutiny.Uni;

/**
 * Registration follows the links: each call records this entity's link and reaches MAGDA only when the rules say
 * so, under the person's lock, through the one pipeline (so that every call is authorized and audited; a call
 * without MAGDA is audited as SUCCESS without MAGDA reference). The ledger keeps only what MAGDA confirmed: a failed
 * MAGDA call rolls the link change back.
 */
@ApplicationScoped
public class LinkedRegistrations {

    /** The audit label of {@code GET …/registration}, which reads the ledger only. */
    public static final String STATE_SERVICE = "RegistrationState";

    private final GatewayPipeline pipeline;
    private final PersonLinks links;
    private final RegistreerInschrijvingClient inschrijving;
    private final RegistreerUitschrijvingClient uitschrijving;

    public LinkedRegistrations(GatewayPipeline pipeline, PersonLinks links, RegistreerInschrijvingClient inschrijving,
            RegistreerUitschrijvingClient uitschrijving) {
        this.pipeline = pipeline;
        this.links = links;
        this.inschrijving = inschrijving;
        this.uitschrijving = uitschrijving;
    }

    /** {@code PUT}: opens (or re-opens) this entity's link from {@code from}; registers an employee when needed. */
    public Uni<ApiResponse<Registration>> register(Insz insz, LinkRelation relation, LocalDate from) {
        return pipeline.run(MagdaCall.<Registration> gated(MagdaService.REGISTREER_INSCHRIJVING, insz, passage -> links.serialized(
                insz.value(), ledger -> ledger.snapshot(entity(passage)).flatMap(snapshot -> {
                    PersonLinks.Actor actor = new PersonLinks.Actor(passage.caller().clientId(), passage.caller().endUser());
                    return switch (RegistrationRules.onRegister(relation, snapshot)) {
                        case CALL_MAGDA -> passage.viaMagda(inschrijving::register)
                                .call(answer -> ledger.open(entity(passage), relation, from, actor, reference(answer))
                                        .call(() -> ledger.registration(true, null, reference(answer))))
                                .map(answer -> marked(answer, MagdaRegistration.REGISTERED));
                        case KEEP -> ledger.open(entity(passage), relation, from, actor, null)
                                .flatMap(opened -> passage.withoutMagda(kept(insz)));
                        case RECORD_ONLY -> ledger.open(entity(passage), relation, from, actor, null)
                                .flatMap(opened -> passage.withoutMagda(unchanged(insz, snapshot)));
                    };
                }))));
    }

    /** {@code DELETE}: ends this entity's link on {@code effectiveDate}; deregisters when no other employee link remains. */
    public Uni<ApiResponse<Registration>> deregister(Insz insz, LocalDate effectiveDate) {
        return pipeline.run(MagdaCall.<Registration> gated(MagdaService.REGISTREER_UITSCHRIJVING, insz, passage -> links.serialized(
                insz.value(), ledger -> ledger.snapshot(entity(passage)).flatMap(snapshot -> {
                    PersonLinks.Actor actor = new PersonLinks.Actor(passage.caller().clientId(), passage.caller().endUser());
                    return switch (RegistrationRules.onDeregister(snapshot)) {
                        case CALL_MAGDA -> deregisterAtMagda(passage, ledger, snapshot, insz, effectiveDate, actor);
                        case KEEP -> ledger.end(entity(passage), effectiveDate, actor, null)
                                .flatMap(ended -> passage.withoutMagda(kept(insz)));
                        case RECORD_ONLY -> ledger.end(entity(passage), effectiveDate, actor, null)
                                .flatMap(ended -> passage.withoutMagda(unchanged(insz, snapshot)));
                    };
                }))));
    }

    /** {@code GET}: this entity's link and the registration as the gateway knows it, audited, without MAGDA. */
    public Uni<ApiResponse<RegistrationState>> state(Insz insz, java.util.List<String> roles) {
        return pipeline.runLocal(STATE_SERVICE, insz, roles, caller -> links.view(caller.entity(), insz.value())
                .map(snapshot -> new RegistrationState(insz.value(), snapshot.own(), snapshot.registration())));
    }

    private Uni<ApiResponse<Registration>> deregisterAtMagda(Passage<Registration> passage, Ledger ledger,
            Snapshot snapshot, Insz insz, LocalDate effectiveDate, PersonLinks.Actor actor) {
        LocalDate endDate = RegistrationRules.deregistrationEnd(effectiveDate, snapshot);
        return passage.viaMagda((who, reference) -> uitschrijving.deregister(who, endDate, reference))
                .call(answer -> ledger.end(entity(passage), effectiveDate, actor, reference(answer))
                        .call(() -> ledger.registration(false, answer.data().endDate(), reference(answer))))
                .map(answer -> marked(answer, MagdaRegistration.DEREGISTERED));
    }

    private static String entity(Passage<Registration> passage) {
        return passage.caller().entity();
    }

    private static String reference(ApiResponse<Registration> answer) {
        return answer.source() == null ? null : answer.source().reference();
    }

    private static ApiResponse<Registration> marked(ApiResponse<Registration> answer, MagdaRegistration what) {
        return new ApiResponse<>(answer.data().with(what), answer.warnings(), answer.source());
    }

    /** Registered through another entity's link, which is not named. */
    private static Registration kept(Insz insz) {
        return new Registration(insz.value(), true, null, MagdaRegistration.KEPT);
    }

    private static Registration unchanged(Insz insz, Snapshot snapshot) {
        KnownRegistration known = snapshot.registration();
        return new Registration(insz.value(), known.withoutEnd(), known.endDate(), MagdaRegistration.UNCHANGED);
    }
}
