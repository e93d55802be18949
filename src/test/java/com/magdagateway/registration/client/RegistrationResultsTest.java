package com.magdagateway.registration.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

class RegistrationResultsTest {

    private static final MagdaMessage ALREADY = new MagdaMessage("40143", "MAGDA", MagdaMessage.Severity.WARNING,
            "Inschrijving bestaat reeds");
    private static final MagdaMessage OTHER = new MagdaMessage("99984", "MAGDA", MagdaMessage.Severity.WARNING, "x");

    private static MagdaAnswer<RegistratieAntwoord> answer(String code, String description, MagdaMessage... warnings) {
        RegistratieAntwoord inhoud = new RegistratieAntwoord();
        if (code != null) {
            inhoud.resultaat = new RegistratieAntwoord.Resultaat();
            inhoud.resultaat.code = code;
            inhoud.resultaat.beschrijving = description;
        }
        return new MagdaAnswer<>(inhoud, List.of(warnings));
    }

    private static void assertFails(UnaryOperator<MagdaAnswer<RegistratieAntwoord>> judge,
            MagdaAnswer<RegistratieAntwoord> answer, ErrorCode expected) {
        assertThatThrownBy(() -> judge.apply(answer)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void resultaatOneIsSuccessForBoth() {
        MagdaAnswer<RegistratieAntwoord> ok = answer(" 1 ", "Wel geslaagd", OTHER);
        assertThat(RegistrationResults.confirmRegistration(ok)).isSameAs(ok);
        assertThat(RegistrationResults.confirmDeregistration(ok)).isSameAs(ok);
    }

    @Test
    void resultaatZeroIsRejectedWithMagdasDescription() {
        MagdaAnswer<RegistratieAntwoord> refused = answer("0", "Niet geslaagd");
        for (UnaryOperator<MagdaAnswer<RegistratieAntwoord>> judge : List.<UnaryOperator<MagdaAnswer<RegistratieAntwoord>>> of(
                RegistrationResults::confirmRegistration, RegistrationResults::confirmDeregistration)) {
            assertThatThrownBy(() -> judge.apply(refused)).isInstanceOfSatisfying(GatewayException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.REGISTRATION_REJECTED);
                assertThat(e.getMessage()).contains("Niet geslaagd");
            });
        }
    }

    @Test
    void aWarningBesideTheRefusalExplainsIt() {
        assertThatThrownBy(() -> RegistrationResults.confirmDeregistration(answer("0", null, OTHER)))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.magda()).isEqualTo(OTHER));
    }

    @Test
    void alreadyRegisteredIsSuccessForARegistrationWhateverTheResultaat() {
        for (MagdaAnswer<RegistratieAntwoord> a : List.of(answer("0", "Niet geslaagd", ALREADY), answer(null, null, ALREADY),
                answer("1", null, ALREADY))) {
            assertThat(RegistrationResults.confirmRegistration(a).warnings()).containsExactly(ALREADY);
        }
    }

    @Test
    void alreadyRegisteredProvesNothingAboutADeregistration() {
        assertFails(RegistrationResults::confirmDeregistration, answer("0", null, ALREADY), ErrorCode.REGISTRATION_REJECTED);
        assertFails(RegistrationResults::confirmDeregistration, answer(null, null, ALREADY), ErrorCode.BACKEND_ERROR);
        assertThat(RegistrationResults.confirmDeregistration(answer("1", null, ALREADY)).warnings()).containsExactly(ALREADY);
    }

    @Test
    void noOrUnknownResultaatIsAnUnknownOutcomeNotASuccess() {
        for (UnaryOperator<MagdaAnswer<RegistratieAntwoord>> judge : List.<UnaryOperator<MagdaAnswer<RegistratieAntwoord>>> of(
                RegistrationResults::confirmRegistration, RegistrationResults::confirmDeregistration)) {
            assertFails(judge, answer(null, null), ErrorCode.BACKEND_ERROR);
            assertFails(judge, answer("", null, OTHER), ErrorCode.BACKEND_ERROR);
            assertFails(judge, answer("7", null), ErrorCode.BACKEND_ERROR);
        }
    }
}
