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
                code("421110", "Webontwikkelaar"), code("100", "Activiteit in eigen naam"), "ACTIVE", null, "SECONDARY",
                "2008-12-15"));
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

    @Test
    void mapsEveryOptionalElementOfTheAnswer() {
        SelfEmployment s = map("selfemployment/every-field.xml", SelfEmploymentPersonas.EVERY_FIELD);
        assertThat(s.enterpriseNumber()).isEqualTo("0712345678");
        assertThat(s.affiliations()).singleElement().satisfies(a -> {
            assertThat(a.fund()).isEqualTo(new SelfEmployment.Fund("017", "Sociaal Verzekeringsfonds Oost", "0434567876"));
            assertThat(a.careers()).containsExactly(
                    new SelfEmployment.Career("2016-04-01", "2019-12-31", code("200", "Bijberoep"),
                            code("251201", "Softwareontwikkelaar"), code("100", "Activiteit in eigen naam"), "ACTIVE",
                            null, "SECONDARY", "2016-03-18"),
                    new SelfEmployment.Career("2020-01-01", "2020-06-30", code("100", "Hoofdberoep"),
                            code("251201", "Softwareontwikkelaar"), code("100", "Activiteit in eigen naam"),
                            "ASSIMILATED", code("010", "Gelijkstelling wegens ziekte"), "MAIN", "2019-12-20"),
                    new SelfEmployment.Career("2020-07-01", null, code("420", "Actief na pensioenleeftijd"),
                            code("251201", "Softwareontwikkelaar"), code("300", "Bestuurder van een vennootschap"),
                            "ACTIVE", null, null, "2020-06-25"));
        });
    }

    @Test
    void anAnswerWithoutAnyOptionalElementLeavesThemNull() {
        SelfEmployment s = map("selfemployment/minimal.xml", SelfEmploymentPersonas.MINIMAL);
        assertThat(s.enterpriseNumber()).isNull();
        assertThat(s.affiliations()).singleElement().satisfies(a -> {
            assertThat(a.fund()).isEqualTo(new SelfEmployment.Fund("003", null, null));
            assertThat(a.careers()).containsExactly(new SelfEmployment.Career("2022-05-01", null,
                    code("100", null), null, code("100", null), "ACTIVE", null, "MAIN", null));
        });
    }

    @Test
    void anUnknownCategoryIsPassedOnWithItsDescriptionAndNotGuessedAt() {
        assertThat(GeefLoopbaanArzaClient.occupation(code("999", "Nieuwe categorie"))).isNull();
        assertThat(GeefLoopbaanArzaClient.occupation(null)).isNull();
    }
}
