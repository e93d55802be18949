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

    private static MagdaAnswer<RegistratieResultaat> answer(String code, String description, MagdaMessage... warnings) {
        RegistratieResultaat resultaat = null;
        if (code != null) {
            resultaat = new RegistratieResultaat();
            resultaat.code = code;
            resultaat.beschrijving = description;
        }
        return new MagdaAnswer<>(resultaat, List.of(warnings));
    }

    private static void assertFails(UnaryOperator<MagdaAnswer<RegistratieResultaat>> judge,
            MagdaAnswer<RegistratieResultaat> answer, ErrorCode expected) {
        assertThatThrownBy(() -> judge.apply(answer)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void resultaatOneIsSuccessForBoth() {
        MagdaAnswer<RegistratieResultaat> ok = answer(" 1 ", "Wel geslaagd", OTHER);
        assertThat(RegistrationResults.confirmRegistration(ok)).isSameAs(ok);
        assertThat(RegistrationResults.confirmDeregistration(ok)).isSameAs(ok);
    }

    @Test
    void resultaatZeroIsRejectedWithMagdasDescription() {
        MagdaAnswer<RegistratieResultaat> refused = answer("0", "Niet geslaagd");
        for (UnaryOperator<MagdaAnswer<RegistratieResultaat>> judge : List.<UnaryOperator<MagdaAnswer<RegistratieResultaat>>> of(
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
        for (MagdaAnswer<RegistratieResultaat> a : List.of(answer("0", "Niet geslaagd", ALREADY), answer(null, null, ALREADY),
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
        for (UnaryOperator<MagdaAnswer<RegistratieResultaat>> judge : List.<UnaryOperator<MagdaAnswer<RegistratieResultaat>>> of(
                RegistrationResults::confirmRegistration, RegistrationResults::confirmDeregistration)) {
            assertFails(judge, answer(null, null), ErrorCode.BACKEND_ERROR);
            assertFails(judge, answer("", null, OTHER), ErrorCode.BACKEND_ERROR);
            assertFails(judge, answer("7", null), ErrorCode.BACKEND_ERROR);
        }
    }
}
