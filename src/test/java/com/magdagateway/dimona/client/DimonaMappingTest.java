package com.magdagateway.dimona.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.magdagateway.dimona.Dimona;
import com.magdagateway.dimona.DimonaPeriod;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.client.MagdaAnswerReader;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.support.DimonaPersonas;
import com.magdagateway.support.SoapBodies;

class DimonaMappingTest {

    private static MagdaAnswer<GeefWerkrelatiesXml.Antwoord> read(String stub) {
        MagdaResponse response = SoapBodies.answer(stub, GeefWerkrelatiesXml.Antwoord.class);
        return MagdaAnswerReader.read(response, GeefWerkrelatiesXml.Antwoord.class, MagdaAnswerReader.NoData.EMPTY);
    }

    private static Dimona map(String from, String to) {
        return GeefWerkrelatiesClient.toDimona(DimonaPersonas.FULL, DimonaPeriod.parse(from, to), read("dimona/full.xml").content());
    }

    private static List<String> numbers(Dimona dimona) {
        return dimona.declarations().stream().map(Dimona.Declaration::dimonaNumber).toList();
    }

    @Test
    void mapsEveryBindingFieldOfADeclaration() {
        Dimona dimona = map(null, null);
        assertThat(dimona.insz()).isEqualTo(DimonaPersonas.FULL);
        assertThat(dimona.declarations()).filteredOn(d -> d.dimonaNumber().equals("300000000104")).singleElement()
                .satisfies(d -> {
                    assertThat(d.employer()).isEqualTo(new Dimona.Employer("263987415", "0412345614", null));
                    assertThat(d.from()).isEqualTo("2023-04-01");
                    assertThat(d.to()).isEqualTo("2023-06-30");
                    assertThat(d.jointCommittee()).isEqualTo("200");
                    assertThat(d.workerType()).isEqualTo("STU");
                    assertThat(d.cancelled()).isFalse();
                    assertThat(d.lastAction()).isEqualTo(new Dimona.LastAction("U", "Wijziging"));
                    assertThat(d.student()).isTrue();
                    assertThat(d.origin()).isEqualTo(new Dimona.Code("RSZ", "Rijksdienst voor sociale zekerheid"));
                });
    }

    @Test
    void mapsEveryOptionalElementOfADeclaration() {
        Dimona dimona = GeefWerkrelatiesClient.toDimona(DimonaPersonas.EVERY_FIELD, DimonaPeriod.UNBOUNDED,
                read("dimona/every-field.xml").content());
        assertThat(dimona.declarations()).extracting(Dimona.Declaration::dimonaNumber)
                .containsExactly("300000000902", "300000000901");
        assertThat(dimona.declarations().get(1)).isEqualTo(new Dimona.Declaration("300000000901",
                new Dimona.Employer("051234567", "0456789012", "12"), "2023-04-03", "2023-04-14", "322", "STU", false,
                new Dimona.LastAction("U", "Wijziging"),
                new Dimona.Code("DIBISS", "Dienst voor de Bijzondere Socialezekerheidsstelsels"), "08:00", "17:00", true,
                true, new Dimona.TemporaryAgency("Interim Vlaanderen", "051234567", "0456789012", "322"),
                new Dimona.Code("S", "Studentenarbeid"), 9, new Dimona.ControlCards("700000000011", "700000000012"),
                new Dimona.EstablishmentUnit("Campus Noord", new Dimona.Address("Kerkstraat", "1234", "12", "B", "2800",
                        "Mechelen", "12025", "BE", "150", "België")),
                new Dimona.Worker(DimonaPersonas.EVERY_FIELD, "Peeters", "An", true), "2023-03-28T09:12:44",
                "2023-05-02T14:03:10"));
    }

    @Test
    void unknownCodesArePassedOnWithTheirDescription() {
        Dimona.Declaration rsz = GeefWerkrelatiesClient.toDimona(DimonaPersonas.EVERY_FIELD, DimonaPeriod.UNBOUNDED,
                read("dimona/every-field.xml").content()).declarations().get(0);
        assertThat(rsz.workerType()).isEqualTo("XYZ");
        assertThat(rsz.student()).isFalse();
        assertThat(rsz.lastAction()).isEqualTo(new Dimona.LastAction("Z", "Nieuwe actie"));
        assertThat(rsz.temporaryAgencyWork()).isFalse();
        assertThat(rsz.temporaryAgency()).isNull();
        assertThat(rsz.worker()).isEqualTo(new Dimona.Worker(DimonaPersonas.EVERY_FIELD, null, null, false));
        assertThat(rsz.fromTime()).isNull();
    }

    @Test
    void aDeclarationWithoutAnyOptionalElementHasOnlyItsNumberAndFlag() {
        Dimona dimona = GeefWerkrelatiesClient.toDimona(DimonaPersonas.MINIMAL, DimonaPeriod.UNBOUNDED,
                read("dimona/minimal.xml").content());
        assertThat(dimona.declarations()).containsExactly(new Dimona.Declaration("300000000903", null, null, null,
                null, null, false, null, null, null, null, false, false, null, null, null, null, null, null, null, null));
    }

    @Test
    void readsTheCancelledFlagAndTheOpenEnd() {
        List<Dimona.Declaration> all = map(null, null).declarations();
        assertThat(all).filteredOn(Dimona.Declaration::cancelled).singleElement()
                .satisfies(d -> {
                    assertThat(d.dimonaNumber()).isEqualTo("300000000105");
                    assertThat(d.lastAction()).isEqualTo(new Dimona.LastAction("A", "Annulatie"));
                });
        assertThat(all).filteredOn(d -> d.to() == null).extracting(Dimona.Declaration::dimonaNumber)
                .containsExactly("300000000106");
    }

    @Test
    void keepsLeadingZerosOfEmployerNumbers() {
        assertThat(map(null, null).declarations()).extracting(Dimona.Declaration::employer)
                .contains(new Dimona.Employer("004123456", "0202731681", null),
                        new Dimona.Employer("070123456", "0789012351", null));
    }

    @Test
    void ordersByStartDateWhateverOrderMagdaSent() {
        assertThat(numbers(map(null, null))).containsExactly("300000000101", "300000000102", "300000000103",
                "300000000104", "300000000105", "300000000106", "300000000107");
    }

    @Test
    void keepsOnlyDeclarationsOverlappingThePeriodWithInclusiveBounds() {
        // 102 ends exactly on 'from', 106 starts exactly on 'to'; 103 ended the day before 'from'.
        assertThat(numbers(map("2023-01-01", "2023-12-31")))
                .containsExactly("300000000102", "300000000104", "300000000105", "300000000106");
    }

    @Test
    void aDayOutsideEitherBoundIsOutside() {
        assertThat(numbers(map("2023-01-02", "2023-12-30")))
                .containsExactly("300000000104", "300000000105");
    }

    @Test
    void anOpenEndedDeclarationOverlapsEveryLaterPeriod() {
        assertThat(numbers(map("2030-01-01", "2030-12-31"))).containsExactly("300000000106");
    }

    @Test
    void onlyALowerBound() {
        assertThat(numbers(map("2024-01-01", null))).containsExactly("300000000106", "300000000107");
    }

    @Test
    void onlyAnUpperBound() {
        assertThat(numbers(map(null, "2022-12-31"))).containsExactly("300000000101", "300000000102", "300000000103");
    }

    @Test
    void aSingleDayPeriodFindsEveryDeclarationRunningThatDay() {
        assertThat(numbers(map("2023-05-20", "2023-05-20"))).containsExactly("300000000104", "300000000105");
    }

    @Test
    void noDataIsAnEmptyListForThePerson() {
        MagdaAnswer<GeefWerkrelatiesXml.Antwoord> answer = read("dimona/nodata.xml");
        Dimona dimona = GeefWerkrelatiesClient.toDimona(DimonaPersonas.NO_DATA, DimonaPeriod.UNBOUNDED, answer.content());
        assertThat(dimona.insz()).isEqualTo(DimonaPersonas.NO_DATA);
        assertThat(dimona.declarations()).isEmpty();
    }

    @Test
    void warningStubKeepsDataAndWarning() {
        MagdaAnswer<GeefWerkrelatiesXml.Antwoord> answer = read("dimona/warning.xml");
        assertThat(answer.warnings()).extracting(w -> w.code()).containsExactly("30030");
        assertThat(numbers(GeefWerkrelatiesClient.toDimona(DimonaPersonas.WARNING, DimonaPeriod.UNBOUNDED, answer.content())))
                .containsExactly("300000000301", "300000000302");
    }

    @Test
    void undatedAndIncompleteDatesNeitherFailNorGetLost() {
        GeefWerkrelatiesXml.Antwoord inhoud = new GeefWerkrelatiesXml.Antwoord();
        inhoud.contracten = List.of(contract("2", "2023-00-00", null), contract("1", null, null),
                contract("3", "2023-03-01", " "));
        Dimona dimona = GeefWerkrelatiesClient.toDimona(DimonaPersonas.FULL,
                new DimonaPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), inhoud);
        assertThat(dimona.declarations()).extracting(Dimona.Declaration::dimonaNumber).containsExactly("1", "2", "3");
        assertThat(dimona.declarations().get(1).from()).isEqualTo("2023-00-00");
        assertThat(dimona.declarations().get(2).to()).as("a blank end date is an open end").isNull();
        assertThat(dimona.declarations().get(1).employer()).isNull();
    }

    private static GeefWerkrelatiesXml.Contract contract(String number, String begin, String einde) {
        GeefWerkrelatiesXml.Aangifte aangifte = new GeefWerkrelatiesXml.Aangifte();
        aangifte.dimonaNummer = number;
        aangifte.geannuleerd = "0";
        if (begin != null || einde != null) {
            aangifte.periodeTijdstip = new GeefWerkrelatiesXml.PeriodeTijdstip();
            aangifte.periodeTijdstip.begin = tijdstip(begin);
            aangifte.periodeTijdstip.einde = tijdstip(einde);
        }
        GeefWerkrelatiesXml.Contract contract = new GeefWerkrelatiesXml.Contract();
        contract.aangifte = aangifte;
        return contract;
    }

    private static GeefWerkrelatiesXml.Tijdstip tijdstip(String datum) {
        if (datum == null) {
            return null;
        }
        GeefWerkrelatiesXml.Tijdstip tijdstip = new GeefWerkrelatiesXml.Tijdstip();
        tijdstip.datum = datum;
        return tijdstip;
    }
}
