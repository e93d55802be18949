package com.magdagateway.dmfa.client;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(dmfa.attestations()).contains(new Dmfa.Attestation("600000000201", "2",
                new Dmfa.Status("1", "Aangepast"), "2023Q2", new Dmfa.Employer("263987415", "0412345614"),
                List.of(new Dmfa.WorkerLine("010", "015", "2023-04-01", "2023-06-30"))));
    }

    @Test
    void writesMagdasQuarterAsYyyyQnAndOrdersByQuarter() {
        assertThat(quarters(map(null, null))).containsExactly("2022Q4", "2023Q1", "2023Q2", "2023Q3");
    }

    @Test
    void keepsLeadingZerosAndTheCancelledStatus() {
        Dmfa.Attestation cancelled = map("2023Q3", "2023Q3").attestations().get(0);
        assertThat(cancelled.status()).isEqualTo(new Dmfa.Status("2", "Geannuleerd"));
        assertThat(cancelled.employer()).isEqualTo(new Dmfa.Employer("004123456", "0202731681"));
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
