package com.magdagateway.person.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.magda.client.MagdaAnswerReader;
import com.magdagateway.magda.client.MagdaTypes;
import com.magdagateway.person.Person;
import com.magdagateway.support.Personas;
import com.magdagateway.support.SoapBodies;

class PersonMappingTest {

    private static Person map(String stub) {
        MagdaAnswer<GeefPersoonXml.Antwoord> answer = MagdaAnswerReader.read(
                SoapBodies.answer(stub, GeefPersoonXml.Antwoord.class), GeefPersoonXml.Antwoord.class,
                MagdaAnswerReader.NoData.NOT_FOUND);
        return GeefPersoonClient.toPerson(answer.content(), answer.warnings());
    }

    private static MagdaMessage warning(String code, MagdaMessage.Annotation... annotations) {
        return new MagdaMessage(code, "RR", MagdaMessage.Severity.WARNING, "diagnose", List.of(annotations));
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
        assertThat(p.nationalities()).containsExactly(new Person.Nationality("150", "Belg", "1985-01-15", null));
        assertThat(p.legallyCohabiting()).isFalse();
        assertThat(p.mainAddress()).isEqualTo(
                new Person.Address("Kerkstraat", "12", "3", "9000", "Gent", "BEL", "2019-06-01"));
    }

    @Test
    void picksTheCurrentCivilStatusNotTheEndedOne() {
        Person.CivilStatus current = map("persoon/full.xml").civilStatus();
        assertThat(current.code()).isEqualTo("20");
        assertThat(current.description()).isEqualTo("Gehuwd");
        assertThat(current.since()).isEqualTo("2012-06-30");
        assertThat(current.from()).isEqualTo("2012-06-30");
        assertThat(current.to()).isNull();
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
    void readsAnOngoingLegalCohabitationAndItsDate() {
        Person p = map("persoon/warning.xml");
        assertThat(p.legallyCohabiting()).isTrue();
        assertThat(p.legalCohabitation()).isEqualTo(
                new Person.LegalCohabitation("2021-04-01", "2021-04-01", null, null, null));
    }

    @Test
    void mapsThePartnerOfTheCurrentCivilStatus() {
        Person.CivilStatus married = map("persoon/every-element.xml").civilStatus();
        assertThat(married).isEqualTo(new Person.CivilStatus("20", "Gehuwd", "2018-06-16", "2018-06-16", null,
                new Person.Partner(Personas.EVERY_ELEMENT_PARTNER, "Claes", List.of("Tom"), Person.Gender.MALE,
                        "1973-09-28", "2018-06-16")));
    }

    @Test
    void keepsTheCivilStatusHistoryWithItsDates() {
        assertThat(map("persoon/every-element.xml").civilStatusHistory())
                .extracting(Person.CivilStatus::code, Person.CivilStatus::from, Person.CivilStatus::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10", "1974-03-12", "2018-06-16"),
                        org.assertj.core.groups.Tuple.tuple("20", "2018-06-16", null));
    }

    @Test
    void mapsAnEndedLegalCohabitationWithItsPartnerAndTermination() {
        Person p = map("persoon/every-element.xml");
        assertThat(p.legallyCohabiting()).isFalse();
        assertThat(p.legalCohabitation()).isEqualTo(new Person.LegalCohabitation("2015-09-01", "2015-09-01",
                "2018-06-16",
                new Person.Partner(Personas.EVERY_ELEMENT_PARTNER, "Claes", List.of("Tom"), Person.Gender.MALE,
                        "1973-09-28", "2015-09-01"),
                new Person.Termination(new Person.CodeDescription("2", "Huwelijk van de partners"), "2018-06-16")));
    }

    @Test
    void mapsDeathDateAndNationalitiesWithTheirDates() {
        Person p = map("persoon/every-element.xml");
        assertThat(p.deathDate()).isEqualTo("2025-11-02");
        assertThat(p.nationalities()).containsExactly(
                new Person.Nationality("129", "Nederlander", "1974-03-12", "2001-05-31"),
                new Person.Nationality("150", "Belg", "2001-06-01", null));
    }

    @Test
    void mapsEveryAddressWithItsLanguage() {
        List<Person.PersonAddress> addresses = map("persoon/every-element.xml").addresses();
        assertThat(addresses).extracting(Person.PersonAddress::kind).containsExactly(Person.AddressKind.MAIN_RESIDENCE,
                Person.AddressKind.CONTACT, Person.AddressKind.RESIDENCE_ABROAD, Person.AddressKind.POSTAL_ABROAD,
                Person.AddressKind.DECLARED_ABROAD);
        assertThat(addresses.get(0)).isEqualTo(new Person.PersonAddress(Person.AddressKind.MAIN_RESIDENCE, "Kerkstraat",
                "12", "3", "9000", "Gent", "44021", "BELGIE", "BEL", "150", "nl", List.of(), null, null, null,
                "2019-06-01", null));
        assertThat(addresses.get(1)).isEqualTo(new Person.PersonAddress(Person.AddressKind.CONTACT, "Rue Haute", "5",
                null, "1000", "Bruxelles", "21004", "BELGIQUE", "BEL", "150", "fr", List.of(),
                new Person.CodeDescription("07", "Tijdelijk verblijf in een zorginstelling"), null, null, "2024-01-01",
                "2024-06-30"));
        assertThat(addresses.get(2)).isEqualTo(new Person.PersonAddress(Person.AddressKind.RESIDENCE_ABROAD, null, null,
                null, null, null, null, "Zwitserland", "CHE", "127", null, List.of("12 Rue du Lac", "1007 Lausanne"), null,
                new Person.CodeDescription("1303", "Bern"), null, "2016-02-01", "2019-05-31"));
        assertThat(addresses.get(3).lines()).containsExactly("Case postale 44", "1001 Lausanne");
        assertThat(addresses.get(3).diplomaticPost()).isNull();
        assertThat(addresses.get(4).declaredOn()).isEqualTo("2016-01-15");
        assertThat(addresses.get(4).from()).isEqualTo("2016-01-15");
        assertThat(addresses.get(4).to()).isEqualTo("2016-02-01");
    }

    @Test
    void theMainAddressOfContractV10IsUnchangedBesideTheNewList() {
        assertThat(map("persoon/every-element.xml").mainAddress()).isEqualTo(
                new Person.Address("Kerkstraat", "12", "3", "9000", "Gent", "BEL", "2019-06-01"));
    }

    @Test
    void aReplacedInszIsGivenAsReplacedBy() {
        Person p = map("persoon/every-element.xml");
        assertThat(p.insz()).isEqualTo(Personas.EVERY_ELEMENT);
        assertThat(p.replacedBy()).isEqualTo(Personas.EVERY_ELEMENT_NEW_INSZ);
    }

    @Test
    void replacedByNeedsA30004NamingAnotherInsz() {
        String asked = Personas.EVERY_ELEMENT;
        String other = Personas.EVERY_ELEMENT_NEW_INSZ;
        assertThat(GeefPersoonClient.replacedBy(asked, List.of(warning("30004")))).as("30004 naming no number").isNull();
        assertThat(GeefPersoonClient.replacedBy(asked,
                List.of(warning("30004", new MagdaMessage.Annotation("INSZ", asked))))).as("the same number").isNull();
        assertThat(GeefPersoonClient.replacedBy(asked,
                List.of(warning("99984", new MagdaMessage.Annotation("Code", other))))).as("another warning").isNull();
        assertThat(GeefPersoonClient.replacedBy(asked,
                List.of(warning("30004", new MagdaMessage.Annotation("Element", "Persoon/INSZ"),
                        new MagdaMessage.Annotation("INSZ", " " + other + " "))))).isEqualTo(other);
    }

    @Test
    void aPersonWithoutAnyOptionalElementMapsToEmptyFields() {
        Person p = map("persoon/minimal.xml");
        assertThat(p.insz()).isEqualTo(Personas.MINIMAL);
        assertThat(p.lastName()).isNull();
        assertThat(p.firstNames()).isEmpty();
        assertThat(p.gender()).isEqualTo(Person.Gender.UNKNOWN);
        assertThat(p.birthDate()).isNull();
        assertThat(p.deathDate()).isNull();
        assertThat(p.nationalities()).isEmpty();
        assertThat(p.civilStatus()).isNull();
        assertThat(p.civilStatusHistory()).isEmpty();
        assertThat(p.legallyCohabiting()).isFalse();
        assertThat(p.legalCohabitation()).isNull();
        assertThat(p.mainAddress()).isNull();
        assertThat(p.addresses()).isEmpty();
        assertThat(p.replacedBy()).isNull();
    }

    @Test
    void unknownCodesPassThroughWithTheirDescription() {
        GeefPersoonXml.BurgerlijkeStaat unknown = new GeefPersoonXml.BurgerlijkeStaat();
        unknown.code = "99";
        unknown.omschrijving = "Nieuwe staat";
        unknown.datumBegin = "2024-00-00";
        unknown.partner = new GeefPersoonXml.Partner();
        unknown.partner.insz = Personas.EVERY_ELEMENT_PARTNER;
        Person.CivilStatus status = GeefPersoonClient.civilStatus(List.of(unknown));
        assertThat(status.code()).isEqualTo("99");
        assertThat(status.description()).isEqualTo("Nieuwe staat");
        assertThat(status.partner().insz()).isEqualTo(Personas.EVERY_ELEMENT_PARTNER);
        assertThat(status.partner().lastName()).isNull();
        assertThat(status.partner().gender()).isEqualTo(Person.Gender.UNKNOWN);
        assertThat(status.partner().since()).isEqualTo("2024-00-00");
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
        w.beeindiging = new GeefPersoonXml.Beeindiging();
        assertThat(GeefPersoonClient.legallyCohabiting(w)).isFalse();
    }
}
