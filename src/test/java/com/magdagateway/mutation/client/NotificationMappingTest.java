package com.magdagateway.mutation.client;

import static com.magdagateway.support.Publications.AN_NEW;
import static com.magdagateway.support.Publications.AN_OLD;
import static com.magdagateway.support.Publications.ELS;
import static com.magdagateway.support.Publications.JAN;
import static com.magdagateway.support.Publications.TOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

import com.magdagateway.magda.client.MagdaAnswerReader;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.mutation.poll.NotificationPage;
import com.magdagateway.support.SoapBodies;

/** GeefPersoonMutatiesNotificaties answers (the WireMock stubs) read into notification pages. */
class NotificationMappingTest {

    private static NotificationPage page(String stub) {
        MagdaResponse response = SoapBodies.answer(stub, GeefPersoonMutatiesNotificatiesXml.Antwoord.class);
        return GeefPersoonMutatiesNotificatiesClient.page(MagdaAnswerReader.read(response,
                GeefPersoonMutatiesNotificatiesXml.Antwoord.class, MagdaAnswerReader.NoData.EMPTY).content());
    }

    private static Throwable failure(String stub) {
        MagdaResponse response = SoapBodies.answer(stub, GeefPersoonMutatiesNotificatiesXml.Antwoord.class);
        return catchThrowable(() -> MagdaAnswerReader.read(response, GeefPersoonMutatiesNotificatiesXml.Antwoord.class,
                MagdaAnswerReader.NoData.EMPTY));
    }

    @Test
    void aPageGivesEachNotificationItsPersonDayAndMagdasWordsAndTheNextReceipt() {
        NotificationPage page = page("mutations/poll-page.xml");

        assertThat(page.noFurtherData()).isFalse();
        assertThat(page.nextReceipt()).isEqualTo("TST-POLL-R1");
        assertThat(page.notifications()).extracting(NotificationPage.Notification::referte)
                .containsExactly("TST-POLL-N-0001", "TST-POLL-N-0002", "TST-POLL-N-0003", "TST-POLL-N-0004");
        NotificationPage.Notification jan = page.notifications().get(0);
        assertThat(jan.insz()).isEqualTo(JAN);
        assertThat(jan.cancelledInsz()).isNull();
        assertThat(jan.day()).isEqualTo("2026-11-27");
        assertThat(jan.reason()).isEqualTo("Mutatie: Adres (Wijziging)");
        assertThat(jan.problem()).isNull();
        assertThat(page.notifications().get(1).insz()).isEqualTo(ELS);
        assertThat(page.notifications().get(3).insz()).isEqualTo(TOM);
    }

    @Test
    void anOnderwerpMagdaAnsweredWithAFoutIsRefusedAloneNotThePage() {
        NotificationPage.Notification refused = page("mutations/poll-page.xml").notifications().get(2);

        assertThat(refused.problem()).isEqualTo("MAGDA answered 30002 for it");
        assertThat(refused.insz()).isNull();
    }

    @Test
    void aNewInszMakesTheOldOneTheCancelledNumber() {
        NotificationPage.Notification change = page("mutations/poll-insz-change.xml").notifications().get(0);

        assertThat(change.insz()).isEqualTo(AN_NEW);
        assertThat(change.cancelledInsz()).isEqualTo(AN_OLD);
        assertThat(change.inszChange()).isTrue();
    }

    @Test
    void aCancelledInszStaysTheCancelledNumber() {
        GeefPersoonMutatiesNotificatiesXml.Onderwerp onderwerp = new GeefPersoonMutatiesNotificatiesXml.Onderwerp();
        onderwerp.referte = "R";
        onderwerp.inhoud = new GeefPersoonMutatiesNotificatiesXml.NotificatieInhoud();
        onderwerp.inhoud.notificatie = new GeefPersoonMutatiesNotificatiesXml.Notificatie();
        onderwerp.inhoud.notificatie.insz = AN_NEW;
        onderwerp.inhoud.notificatie.geannuleerdInsz = AN_OLD;

        NotificationPage.Notification n = GeefPersoonMutatiesNotificatiesClient.notification(1, onderwerp);

        assertThat(n.insz()).isEqualTo(AN_NEW);
        assertThat(n.cancelledInsz()).isEqualTo(AN_OLD);
        assertThat(n.day()).isNull();
        assertThat(n.reason()).isNull(); // no words, no codes: nothing to say
    }

    @Test
    void codesStandInWhereMagdaGivesNoWords() {
        GeefPersoonMutatiesNotificatiesXml.Notificatie n = new GeefPersoonMutatiesNotificatiesXml.Notificatie();
        n.type = typed("M", null);
        GeefPersoonMutatiesNotificatiesXml.Informatie informatie = new GeefPersoonMutatiesNotificatiesXml.Informatie();
        informatie.identificatie = typed("001", null);
        informatie.typeMutaties.add(typed("W", null));
        n.informaties.add(informatie);

        assertThat(GeefPersoonMutatiesNotificatiesClient.reason(n)).isEqualTo("M: 001 (W)");
    }

    @Test
    void noFurtherDataAndAnInvalidReceiptAreToldApart() {
        Throwable noFurther = failure("mutations/poll-no-further-data.xml");
        Throwable invalid = failure("mutations/poll-invalid-receipt.xml");

        assertThat(GeefPersoonMutatiesNotificatiesClient.isMagdaCode(noFurther,
                GeefPersoonMutatiesNotificatiesClient.NO_FURTHER_DATA)).isTrue();
        assertThat(GeefPersoonMutatiesNotificatiesClient.isMagdaCode(invalid,
                GeefPersoonMutatiesNotificatiesClient.INVALID_RECEIPT)).isTrue();
        assertThat(GeefPersoonMutatiesNotificatiesClient.isMagdaCode(invalid,
                GeefPersoonMutatiesNotificatiesClient.NO_FURTHER_DATA)).isFalse();
    }

    @Test
    void theFirstQuestionCarriesNoReceipt() {
        assertThat(GeefPersoonMutatiesNotificatiesClient.question("kb.vlaanderen.be", "1300", null).ontvangstreferte)
                .isNull();
        assertThat(GeefPersoonMutatiesNotificatiesClient.question("kb.vlaanderen.be", "1300", "R1").ontvangstreferte)
                .isEqualTo("R1");
    }

    private static GeefPersoonMutatiesNotificatiesXml.Typed typed(String code, String omschrijving) {
        GeefPersoonMutatiesNotificatiesXml.Typed typed = new GeefPersoonMutatiesNotificatiesXml.Typed();
        typed.code = new GeefPersoonMutatiesNotificatiesXml.CodeValue();
        typed.code.value = code;
        typed.omschrijving = omschrijving;
        return typed;
    }
}
