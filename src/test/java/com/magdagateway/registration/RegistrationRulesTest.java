package com.magdagateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.magdagateway.link.KnownRegistration;
import com.magdagateway.link.LinkRelation;
import com.magdagateway.link.PersonLink;
import com.magdagateway.link.PersonLinks.Snapshot;
import com.magdagateway.registration.RegistrationRules.Plan;

/** The last-link rules, one by one, without a database. */
class RegistrationRulesTest {

    private static final KnownRegistration REGISTERED = new KnownRegistration(KnownRegistration.State.REGISTERED, null, null);
    private static final KnownRegistration ENDING = new KnownRegistration(KnownRegistration.State.ENDING,
            LocalDate.of(2027, 1, 1), null);
    private static final PersonLink OWN_NON_EMPLOYEE = new PersonLink(LinkRelation.NON_EMPLOYEE, LocalDate.of(2024, 1, 1),
            null, null, true, null, null);

    private static Snapshot snapshot(PersonLink own, boolean otherActive, LocalDate otherTail, KnownRegistration known) {
        return new Snapshot(own, otherActive, otherTail, known);
    }

    @Test
    void theFirstEmployeeIsRegistered() {
        assertThat(RegistrationRules.onRegister(LinkRelation.EMPLOYEE, snapshot(null, false, null, KnownRegistration.UNKNOWN)))
                .isEqualTo(Plan.CALL_MAGDA);
    }

    @Test
    void anotherActiveEmployeeLinkKeepsThePersonRegistered() {
        assertThat(RegistrationRules.onRegister(LinkRelation.EMPLOYEE, snapshot(null, true, null, REGISTERED)))
                .isEqualTo(Plan.KEEP);
    }

    @Test
    void anotherLinkWithoutAKnownRegistrationDoesNotSpareTheCall() {
        // Links imported by an administrator say nothing of MAGDA: ask MAGDA (40143 if already registered).
        assertThat(RegistrationRules.onRegister(LinkRelation.EMPLOYEE, snapshot(null, true, null, KnownRegistration.UNKNOWN)))
                .isEqualTo(Plan.CALL_MAGDA);
    }

    @Test
    void aReHireInsideTheTailRegistersAgainToLiftTheEnd() {
        assertThat(RegistrationRules.onRegister(LinkRelation.EMPLOYEE, snapshot(null, false, null, ENDING)))
                .isEqualTo(Plan.CALL_MAGDA);
    }

    @Test
    void aNonEmployeeIsOnlyRecorded() {
        assertThat(RegistrationRules.onRegister(LinkRelation.NON_EMPLOYEE, snapshot(null, false, null, KnownRegistration.UNKNOWN)))
                .isEqualTo(Plan.RECORD_ONLY);
    }

    @Test
    void theLastEmployeeLinkDeregistersAndAnyOtherKeeps() {
        assertThat(RegistrationRules.onDeregister(snapshot(null, false, null, REGISTERED))).isEqualTo(Plan.CALL_MAGDA);
        assertThat(RegistrationRules.onDeregister(snapshot(null, true, null, REGISTERED))).isEqualTo(Plan.KEEP);
    }

    @Test
    void endingANonEmployeeLinkDeregistersOnlyARegistrationWithoutEnd() {
        assertThat(RegistrationRules.onDeregister(snapshot(OWN_NON_EMPLOYEE, false, null, KnownRegistration.UNKNOWN)))
                .isEqualTo(Plan.RECORD_ONLY);
        assertThat(RegistrationRules.onDeregister(snapshot(OWN_NON_EMPLOYEE, false, null, REGISTERED)))
                .isEqualTo(Plan.CALL_MAGDA);
    }

    @Test
    void theEndDateIsTwoYearsAfterTheEffectiveDateButNeverBeforeAnotherTail() {
        LocalDate effective = LocalDate.of(2024, 2, 29);
        assertThat(RegistrationRules.deregistrationEnd(effective, snapshot(null, false, null, REGISTERED)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RegistrationRules.deregistrationEnd(effective, snapshot(null, false, LocalDate.of(2026, 1, 1), REGISTERED)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RegistrationRules.deregistrationEnd(effective, snapshot(null, false, LocalDate.of(2027, 5, 1), REGISTERED)))
                .isEqualTo(LocalDate.of(2027, 5, 1));
    }
}
