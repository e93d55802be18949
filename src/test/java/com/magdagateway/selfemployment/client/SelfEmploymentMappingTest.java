package com.magdagateway.selfemployment.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.magdagateway.magda.client.MagdaAnswerReader;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.selfemployment.SelfEmployment;
import com.magdagateway.support.SelfEmploymentPersonas;
import com.magdagateway.support.SoapBodies;

class SelfEmploymentMappingTest {

    private static SelfEmployment map(String stub, String insz) {
        MagdaResponse response = SoapBodies.answer(stub, GeefLoopbaanArzaXml.Antwoord.class);
        return GeefLoopbaanArzaClient.toSelfEmployment(insz,
                MagdaAnswerReader.read(response, GeefLoopbaanArzaXml.Antwoord.class, MagdaAnswerReader.NoData.EMPTY).content());
    }

    private static SelfEmployment.CodeDescription code(String code, String description) {
        return new SelfEmployment.CodeDescription(code, description);
    }

    @Test
    void mapsFundsAndCareerPeriodsInMagdasOrder() {
        SelfEmployment s = map("selfemployment/two-funds.xml", SelfEmploymentPersonas.TWO_FUNDS);
        assertThat(s.insz()).isEqualTo(SelfEmploymentPersonas.TWO_FUNDS);
        assertThat(s.affiliations()).extracting(SelfEmployment.Affiliation::fund).containsExactly(
                new SelfEmployment.Fund("051", "Sociaal Verzekeringsfonds Noord", "0412345614"),
                new SelfEmployment.Fund("072", "Sociaal Verzekeringsfonds Zuid", "0423456765"));
        assertThat(s.affiliations().get(0).careers()).extracting(SelfEmployment.Career::from)
                .containsExactly("2009-01-01", "2015-01-01");
    }

    @Test
    void mapsEveryFieldOfACareerPeriod() {
        SelfEmployment.Career first = map("selfemployment/two-funds.xml", SelfEmploymentPersonas.TWO_FUNDS)
                .affiliations().get(0).careers().get(0);
        assertThat(first).isEqualTo(new SelfEmployment.Career("2009-01-01", "2014-12-31", code("200", "Bijberoep"),
                code("421110", "Webontwikkelaar"), code("100", "Activiteit in eigen naam")));
    }

    @Test
    void anOngoingPeriodWithoutProfessionHasNullToAndProfession() {
        SelfEmployment.Career ongoing = map("selfemployment/two-funds.xml", SelfEmploymentPersonas.TWO_FUNDS)
                .affiliations().get(1).careers().get(0);
        assertThat(ongoing.to()).isNull();
        assertThat(ongoing.profession()).isNull();
        assertThat(ongoing.capacity()).isEqualTo(code("300", "Bestuurder van een vennootschap"));
        assertThat(ongoing.contributionCategory()).isEqualTo(code("100", "Hoofdberoep"));
    }

    @Test
    void noDataIsAnEmptyListForTheAskedPerson() {
        SelfEmployment s = map("selfemployment/nodata.xml", SelfEmploymentPersonas.NO_DATA);
        assertThat(s.insz()).isEqualTo(SelfEmploymentPersonas.NO_DATA);
        assertThat(s.affiliations()).isEmpty();
    }

    @Test
    void readsTheCareerBesideAWarning() {
        SelfEmployment s = map("selfemployment/warning.xml", SelfEmploymentPersonas.WARNING);
        assertThat(s.affiliations()).hasSize(1);
        assertThat(s.affiliations().get(0).careers().get(0).profession())
                .isEqualTo(code("519308", "IT-bedrijfsconsulent"));
    }
}
