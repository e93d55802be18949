package com.magdagateway.registration.mapping;

import java.time.LocalDate;

import com.magdagateway.insz.Insz;
import com.magdagateway.registration.Registration;

/** Builds the contract's registration state from a call MAGDA confirmed: its answer carries nothing else to map. */
public final class RegistrationMapper {

    private RegistrationMapper() {
    }

    /** After RegistreerInschrijving: registered without end date. */
    public static Registration registered(Insz insz) {
        return new Registration(insz.value(), true, null);
    }

    /** After RegistreerUitschrijving of a person MAGDA had no registration for: not registered, nothing ends. */
    public static Registration notRegistered(Insz insz) {
        return new Registration(insz.value(), false, null);
    }

    /** After RegistreerUitschrijving: no longer registered once {@code endDate} has passed. */
    public static Registration deregistered(Insz insz, LocalDate endDate) {
        return new Registration(insz.value(), false, endDate);
    }
}
