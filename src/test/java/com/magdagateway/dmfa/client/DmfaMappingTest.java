package com.magdagateway.dmfa.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.magdagateway.dmfa.Dmfa;
import com.magdagateway.dmfa.DmfaQuarterRange;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.client.MagdaAnswerReader;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.support.DmfaPersonas;
import com.magdagateway.support.SoapBodies;

class DmfaMappingTest {

    private static MagdaAnswer<GeefDmfaVoorWerknemerXml.Antwoord> read(String stub) {
        MagdaResponse response = SoapBodies.answer(stub, GeefDmfaVoorWerknemerXml.Antwoord.class);
        return MagdaAnswerReader.read(response, GeefDmfaVoorWerknemerXml.Antwoord.class, MagdaAnswerReader.NoData.EMPTY);
    }

    private static Dmfa map(String fromQuarter, String toQuarter) {
        return GeefDmfaVoorWerknemerClient.toDmfa(DmfaPersonas.FULL, DmfaQuarterRange.parse(fromQuarter, toQuarter),
                read("dmfa/full.xml").content());
    }

    private static List<String> quarters(Dmfa dmfa) {
        return dmfa.attestations().stream().map(Dmfa.Attestation::quarter).toList();
    }

    @Test
    void mapsEveryBindingFieldOfAnAttestation() {
        Dmfa dmfa = map(null, null);
        assertThat(dmfa.insz()).isEqualTo(DmfaPersonas.FULL);
        assertThat(dmfa.attestations()).filteredOn(a -> a.number().equals("600000000201")).singleElement()
                .satisfies(a -> {
                    assertThat(a.version()).isEqualTo("2");
                    assertThat(a.status()).isEqualTo(new Dmfa.Status("1", "Aangepast"));
                    assertThat(a.quarter()).isEqualTo("2023Q2");
                    assertThat(a.employer()).isEqualTo(new Dmfa.Employer("263987415", "0412345614", null));
                    assertThat(a.workerLines()).singleElement().satisfies(l -> {
                        assertThat(l.category()).isEqualTo("010");
                        assertThat(l.workerCode()).isEqualTo("015");
                        assertThat(l.from()).isEqualTo("2023-04-01");
                        assertThat(l.to()).isEqualTo("2023-06-30");
                    });
                });
    }

    @Test
    void mapsTheAttestationLevelFieldsOfTheEveryFieldStub() {
        Dmfa.Attestation a = every();
        assertThat(a.creationDate()).isEqualTo("2023-08-14");
        assertThat(a.previousVersion()).isEqualTo("1");
        assertThat(a.nextVersion()).isEqualTo("3");
        assertThat(a.source()).isEqualTo("RSZ");
        assertThat(a.sectorIndicator()).isEqualTo("PRI");
        assertThat(a.underCuratorship()).isFalse();
        assertThat(a.netAmountDue()).isEqualByComparingTo("12500.00");
        assertThat(a.regime5Conversion()).isTrue();
        assertThat(a.holidayStartDate()).isEqualTo("2024-05-01");
        assertThat(a.employer()).isEqualTo(new Dmfa.Employer("263987415", "0412345614", "163987419"));
        assertThat(a.worker()).isEqualTo(new Dmfa.Worker(DmfaPersonas.EVERY_FIELD, "84712312490", "Peeters", "An", true));
    }

    @Test
    void mapsTheWorkerLineWithItsContributionsReductionsAndStudentContribution() {
        Dmfa.WorkerLine line = every().workerLines().get(0);
        assertThat(line.frontierWorker()).isTrue();
        assertThat(line.activityRisk()).isEqualTo("1");
        assertThat(line.localUnitNumber()).isEqualTo("2123456789");
        assertThat(line.contributions()).containsExactly(
                new Dmfa.Contribution("855", "0", new BigDecimal("9750.00"), new BigDecimal("1274.33")),
                new Dmfa.Contribution("810", "1", null, new BigDecimal("45.20")));
        assertThat(line.reductions()).containsExactly(new Dmfa.Reduction("3410", new BigDecimal("9750.00"),
                new BigDecimal("450.00"), "2023-04-01"));
        assertThat(line.studentContribution()).isEqualTo(new Dmfa.StudentContribution(new BigDecimal("1200.00"),
                new BigDecimal("97.20"), 10, 76));
    }

    @Test
    void mapsOccupationsWithWorkingTimePerformancesAndRemunerations() {
        List<Dmfa.Occupation> occupations = every().workerLines().get(0).occupations();
        assertThat(occupations).hasSize(2);
        assertThat(occupations.get(0)).isEqualTo(new Dmfa.Occupation("1", "EMP-0042",
                new Dmfa.LocalUnit("2123456789", "12025"), "2023-04-01", "2023-05-31", "200", new BigDecimal("2.50"),
                new Dmfa.Code("1", "Deeltijds"), new Dmfa.WeeklyHours(new BigDecimal("19.00"), new BigDecimal("38.00")),
                "503", "17", "D", "0", "1", "1", "2", new BigDecimal("15.50"), "12025",
                new Dmfa.Information("2023-05-12", "1", "1", new BigDecimal("15.125"), "1", new BigDecimal("123.45"),
                        "2019-09-01", "1", 20, "1", new BigDecimal("250.00")),
                List.of(new Dmfa.Performance("1", "1", new BigDecimal("26.00"), new BigDecimal("197.60"), null),
                        new Dmfa.Performance("2", "20", new BigDecimal("2.50"), new BigDecimal("19.00"), 1200)),
                List.of(new Dmfa.Remuneration("1", "1", null, null, null, new BigDecimal("9750.00")),
                        new Dmfa.Remuneration("2", "2", "12", new BigDecimal("100.00"), new BigDecimal("50.00"),
                                new BigDecimal("500.00")))));
        Dmfa.Occupation fullTime = occupations.get(1);
        assertThat(fullTime.contractType()).isEqualTo(new Dmfa.Code("0", "Voltijds"));
        assertThat(fullTime.to()).isNull();
        assertThat(fullTime.localUnit()).isNull();
        assertThat(fullTime.information()).isNull();
        assertThat(fullTime.remunerations()).isEmpty();
        assertThat(fullTime.performances()).extracting(Dmfa.Performance::days).containsExactly(new BigDecimal("22.00"));
    }

    @Test
    void anAttestationWithoutAnyOptionalElementLeavesThemNullOrEmpty() {
        Dmfa dmfa = GeefDmfaVoorWerknemerClient.toDmfa(DmfaPersonas.MINIMAL, DmfaQuarterRange.UNBOUNDED,
                read("dmfa/minimal.xml").content());
        Dmfa.Attestation a = dmfa.attestations().get(0);
        assertThat(a.status()).isEqualTo(new Dmfa.Status("0", null));
        assertThat(a.employer()).isEqualTo(new Dmfa.Employer("263987415", null, null));
        assertThat(a.previousVersion()).isNull();
        assertThat(a.nextVersion()).isNull();
        assertThat(a.sectorIndicator()).isNull();
        assertThat(a.underCuratorship()).isNull();
        assertThat(a.netAmountDue()).isEqualByComparingTo("0");
        assertThat(a.holidayStartDate()).isNull();
        assertThat(a.worker()).isEqualTo(new Dmfa.Worker(DmfaPersonas.MINIMAL, null, null, null, false));
        Dmfa.WorkerLine line = a.workerLines().get(0);
        assertThat(line.contributions()).isEmpty();
        assertThat(line.reductions()).isEmpty();
        assertThat(line.studentContribution()).isNull();
        assertThat(line.occupations()).containsExactly(new Dmfa.Occupation("1", "1", null, null, null, "200",
                new BigDecimal("5.00"), new Dmfa.Code("7", null), null, null, null, null, null, null, null, null, null,
                null, null, List.of(), List.of()));
    }

    @Test
    void aNumberThatIsNotANumberIsUnknownNotAFailure() {
        assertThat(Units.hundredths("12,5")).isNull();
        assertThat(Units.cents(" ")).isNull();
        assertThat(Units.count("-3")).isNull();
        assertThat(Units.hundredths("0")).isEqualByComparingTo("0");
    }

    private static Dmfa.Attestation every() {
        return GeefDmfaVoorWerknemerClient.toDmfa(DmfaPersonas.EVERY_FIELD, DmfaQuarterRange.UNBOUNDED,
                read("dmfa/every-field.xml").content()).attestations().get(0);
    }

    @Test
    void writesMagdasQuarterAsYyyyQnAndOrdersByQuarter() {
        assertThat(quarters(map(null, null))).containsExactly("2022Q4", "2023Q1", "2023Q2", "2023Q3");
    }

    @Test
    void keepsLeadingZerosAndTheCancelledStatus() {
        Dmfa.Attestation cancelled = map("2023Q3", "2023Q3").attestations().get(0);
        assertThat(cancelled.status()).isEqualTo(new Dmfa.Status("2", "Geannuleerd"));
        assertThat(cancelled.employer()).isEqualTo(new Dmfa.Employer("004123456", "0202731681", null));
        assertThat(cancelled.workerLines()).extracting(Dmfa.WorkerLine::category).containsExactly("054");
    }

    @Test
    void keepsOnlyTheAskedQuartersInclusive() {
        assertThat(quarters(map("2023Q1", "2023Q2"))).containsExactly("2023Q1", "2023Q2");
        assertThat(quarters(map("2023Q2", null))).containsExactly("2023Q2", "2023Q3");
        assertThat(quarters(map(null, "2022Q4"))).containsExactly("2022Q4");
        assertThat(quarters(map("2024Q1", null))).isEmpty();
    }

    @Test
    void noDataIsAnEmptyListForThePerson() {
        Dmfa dmfa = GeefDmfaVoorWerknemerClient.toDmfa(DmfaPersonas.NO_DATA, DmfaQuarterRange.UNBOUNDED,
                read("dmfa/nodata.xml").content());
        assertThat(dmfa.insz()).isEqualTo(DmfaPersonas.NO_DATA);
        assertThat(dmfa.attestations()).isEmpty();
    }

    @Test
    void warningStubKeepsDataAndWarning() {
        MagdaAnswer<GeefDmfaVoorWerknemerXml.Antwoord> answer = read("dmfa/warning.xml");
        assertThat(answer.warnings()).extracting(w -> w.code()).containsExactly("99984");
        assertThat(quarters(GeefDmfaVoorWerknemerClient.toDmfa(DmfaPersonas.WARNING, DmfaQuarterRange.UNBOUNDED, answer.content())))
                .containsExactly("2024Q1");
    }

    @Test
    void everyWorkerLineIsKeptAndAnUnreadableQuarterIsPassedOnNotDropped() {
        GeefDmfaVoorWerknemerXml.Attest attest = new GeefDmfaVoorWerknemerXml.Attest();
        attest.aangifteWerkgever = new GeefDmfaVoorWerknemerXml.AangifteWerkgever();
        attest.aangifteWerkgever.kwartaal = "2023-2";
        attest.aangifteWerkgever.werknemer = new GeefDmfaVoorWerknemerXml.Werknemer();
        attest.aangifteWerkgever.werknemer.werknemerslijnen = List.of(line("010", "015"), line("484", "840"));
        GeefDmfaVoorWerknemerXml.Antwoord inhoud = new GeefDmfaVoorWerknemerXml.Antwoord();
        inhoud.attesten = List.of(attest);

        Dmfa dmfa = GeefDmfaVoorWerknemerClient.toDmfa(DmfaPersonas.FULL, DmfaQuarterRange.parse("2024Q1", "2024Q4"), inhoud);
        assertThat(dmfa.attestations()).singleElement().satisfies(a -> {
            assertThat(a.quarter()).isEqualTo("2023-2");
            assertThat(a.workerLines()).extracting(Dmfa.WorkerLine::workerCode).containsExactly("015", "840");
            assertThat(a.number()).isNull();
        });
    }

    private static GeefDmfaVoorWerknemerXml.Werknemerslijn line(String categorie, String kerngetal) {
        GeefDmfaVoorWerknemerXml.Werknemerslijn line = new GeefDmfaVoorWerknemerXml.Werknemerslijn();
        line.categorie = categorie;
        line.kerngetal = kerngetal;
        return line;
    }
}
