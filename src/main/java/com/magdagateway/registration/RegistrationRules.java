package com.magdagateway.registration;

import java.time.LocalDate;

import com.magdagateway.link.LinkDates;
import com.magdagateway.link.LinkRelation;
import com.magdagateway.link.PersonLinks.Snapshot;

/**
 * When a registration call reaches MAGDA (issue #14): a person is registered while at least one entity employs them
 * and deregistered, two years after the effective date, only when the last employee link ends.
 */
public final class RegistrationRules {

    /** What a call does about MAGDA. */
    public enum Plan {
        /** Call MAGDA (RegistreerInschrijving or RegistreerUitschrijving). */
        CALL_MAGDA,
        /** No MAGDA call: another entity's active employee link keeps the person registered. */
        KEEP,
        /** No MAGDA call: a non-employee link is only recorded. */
        RECORD_ONLY
    }

    private RegistrationRules() {
    }

    /**
     * A PUT: a non-employee is only recorded; an employee is registered unless another entity's active employee link
     * already keeps the person registered without end. The caller's own link never counts: repeating a PUT, or a
     * re-hire inside the tail (whose registration has an end date to lift), asks MAGDA again.
     */
    public static Plan onRegister(LinkRelation relation, Snapshot snapshot) {
        if (relation == LinkRelation.NON_EMPLOYEE) {
            return Plan.RECORD_ONLY;
        }
        return snapshot.otherActiveEmployee() && snapshot.registration().withoutEnd() ? Plan.KEEP : Plan.CALL_MAGDA;
    }

    /**
     * A DELETE: while another entity's employee link is active (a future start included) the registration is kept;
     * otherwise MAGDA is asked to end it, except when the caller's own link is a non-employee one and the gateway
     * knows of no registration without end to end. Without any own link (a registration made before the ledger) the
     * last-link rule still decides.
     */
    public static Plan onDeregister(Snapshot snapshot) {
        if (snapshot.otherActiveEmployee()) {
            return Plan.KEEP;
        }
        boolean nonEmployee = snapshot.own() != null && snapshot.own().relation() == LinkRelation.NON_EMPLOYEE;
        return nonEmployee && !snapshot.registration().withoutEnd() ? Plan.RECORD_ONLY : Plan.CALL_MAGDA;
    }

    /**
     * The end date MAGDA is given: two years after the effective date, but never before the tail of another entity's
     * ended employee link, whose two years of mutations must not be cut short.
     */
    public static LocalDate deregistrationEnd(LocalDate effectiveDate, Snapshot snapshot) {
        LocalDate own = LinkDates.tailEnd(effectiveDate);
        LocalDate other = snapshot.otherTailEnd();
        return other != null && other.isAfter(own) ? other : own;
    }
}
