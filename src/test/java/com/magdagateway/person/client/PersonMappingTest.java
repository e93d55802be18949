package com.magdagateway.person.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.magdagateway.magda.client.MagdaTypes;
import com.magdagateway.magda.client.MagdaAnswerReader;
import com.magdagateway.person.Person;
import com.magdagateway.support.SoapBodies;

class PersonMappingTest {

    private static Person map(String stub) {
        return GeefPersoonClient.toPerson(MagdaAnswerReader.read(SoapBodies.answer(stub, GeefPersoonXml.Antwoord.class),
                GeefPersoonXml.Antwoord.class, MagdaAnswerReader.NoData.NOT_FOUND).content());
    }

    @Test
    void mapsEveryBindingFieldOfAFullPerson() {
        Person p = map("persoon/full.xml");
        assertThat(p.insz()).isEqualTo("85611512387");
        assertThat(p.lastName()).isEqualTo("Peeters");
        assertThat(p.firstNames()).containsExactly("Marie", "Louise");
        assertThat(p.gender()).isEqualTo(Person.Gender.FEMALE);
        assertThat(p.birthDate()).isEqualTo("1985-01-15");
        assertThat(p.deathDate()).isNull();
        assertThat(p.nationalities()).containsExactly(new Person.CodeDescription("150", "Belg"));
        assertThat(p.legallyCohabiting()).isFalse();
        assertThat(p.mainAddress()).isEqualTo(
                new Person.Address("Kerkstraat", "12", "3", "9000", "Gent", "BEL", "2019-06-01"));
    }

    @Test
    void picksTheCurrentCivilStatusNotTheEndedOne() {
        assertThat(map("persoon/full.xml").civilStatus())
                .isEqualTo(new Person.CivilStatus("20", "Gehuwd", "2012-06-30"));
    }

    @Test
    void passesIncompleteDatesThroughAsTheyAre() {
        Person p = map("persoon/incomplete-birth-date.xml");
        assertThat(p.birthDate()).isEqualTo("2000-00-00");
        assertThat(p.civilStatus().since()).isEqualTo("2000-00-00");
        assertThat(p.mainAddress().box()).isNull();
        assertThat(p.gender()).isEqualTo(Person.Gender.MALE);
    }

    @Test
    void readsAnOngoingLegalCohabitation() {
        assertThat(map("persoon/warning.xml").legallyCohabiting()).isTrue();
    }

    @Test
    void unknownGenderCodeIsUnknown() {
        MagdaTypes.Code code = new MagdaTypes.Code();
        code.code = "9";
        assertThat(GeefPersoonClient.gender(code)).isEqualTo(Person.Gender.UNKNOWN);
        assertThat(GeefPersoonClient.gender(null)).isEqualTo(Person.Gender.UNKNOWN);
    }

    @Test
    void endedCohabitationIsNotCohabiting() {
        GeefPersoonXml.WettelijkeSamenwoning w = new GeefPersoonXml.WettelijkeSamenwoning();
        w.beeindiging = new GeefPersoonXml.Gebeurtenis();
        assertThat(GeefPersoonClient.legallyCohabiting(w)).isFalse();
    }
}
