package com.magdagateway.household.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.magdagateway.magda.client.MagdaTypes;
import com.magdagateway.household.Household;
import com.magdagateway.magda.client.MagdaAnswerReader;
import com.magdagateway.magda.client.MagdaResponse;
import com.magdagateway.support.HouseholdPersonas;
import com.magdagateway.support.SoapBodies;

class HouseholdMappingTest {

    private static Household map(String stub, String insz) {
        MagdaResponse response = SoapBodies.answer(stub, GeefGezinssamenstellingXml.Antwoord.class);
        return GeefGezinssamenstellingClient.toHousehold(insz,
                MagdaAnswerReader.read(response, GeefGezinssamenstellingXml.Antwoord.class, MagdaAnswerReader.NoData.NOT_FOUND).content());
    }

    private static GeefGezinssamenstellingXml.Gezinslid lid(String insz, String positie) {
        GeefGezinssamenstellingXml.Gezinslid lid = new GeefGezinssamenstellingXml.Gezinslid();
        lid.insz = insz;
        if (positie != null) {
            lid.positie = new MagdaTypes.Code();
            lid.positie.code = positie;
        }
        return lid;
    }

    @Test
    void mapsEveryBindingFieldOfAMember() {
        Household h = map("household/family.xml", HouseholdPersonas.FAMILY);
        assertThat(h.insz()).isEqualTo(HouseholdPersonas.FAMILY);
        assertThat(h.members()).hasSize(4);
        assertThat(h.members().get(1)).isEqualTo(new Household.Member(HouseholdPersonas.FAMILY, "Wouters",
                List.of("Sofie", "Anna"), new Household.Relation("02", "echtgenoot/echtgenote", "2006-00-00", null),
                "2006-00-00", Household.Gender.FEMALE, "1978-03-22"));
    }

    @Test
    void ordersMembersByPositionAndKeepsMagdasOrderWithinAPosition() {
        // The stub lists child (03), spouse (02), head (01), child (03).
        assertThat(map("household/family.xml", HouseholdPersonas.FAMILY).members())
                .extracting(Household.Member::insz)
                .containsExactly(HouseholdPersonas.FAMILY_HEAD, HouseholdPersonas.FAMILY,
                        HouseholdPersonas.FAMILY_CHILD_1, HouseholdPersonas.FAMILY_CHILD_2);
    }

    @Test
    void sinceIsTheMembersDatumBeginElseTheStartOfTheirMainResidence() {
        List<Household.Member> members = map("household/family.xml", HouseholdPersonas.FAMILY).members();
        assertThat(members.get(0).since()).as("head: no DatumBegin, main residence since 2005-09-01")
                .isEqualTo("2005-09-01");
        assertThat(members.get(2).since()).isEqualTo("2010-04-18");
    }

    @Test
    void passesAnIncompleteDatumBeginThrough() {
        assertThat(map("household/family.xml", HouseholdPersonas.FAMILY).members().get(1).since())
                .isEqualTo("2006-00-00");
    }

    @Test
    void readsTheHouseholdBesideAWarning() {
        Household h = map("household/warning.xml", HouseholdPersonas.WARNING);
        assertThat(h.members()).extracting(m -> m.relation().code()).containsExactly("01", "02");
        assertThat(h.members().get(1).lastName()).isEqualTo("De Smet");
    }

    @Test
    void aMemberWithoutNameOrDatesStillMaps() {
        Household.Member m = GeefGezinssamenstellingClient.member(lid("76691105743", "01"));
        assertThat(m.lastName()).isNull();
        assertThat(m.firstNames()).isEmpty();
        assertThat(m.since()).isNull();
        assertThat(m.relation().code()).isEqualTo("01");
        assertThat(m.gender()).isEqualTo(Household.Gender.UNKNOWN);
        assertThat(m.birthDate()).isNull();
    }

    @Test
    void mapsEveryOptionalElementOfAMember() {
        Household h = map("household/every-element.xml", HouseholdPersonas.EVERY_ELEMENT);
        assertThat(h.members()).extracting(Household.Member::insz).containsExactly(HouseholdPersonas.EVERY_ELEMENT,
                HouseholdPersonas.EVERY_ELEMENT_PARTNER, HouseholdPersonas.EVERY_ELEMENT_CHILD,
                HouseholdPersonas.EVERY_ELEMENT_LEFT);
        assertThat(h.members().get(0)).isEqualTo(new Household.Member(HouseholdPersonas.EVERY_ELEMENT, "Peeters",
                List.of("Bart", "Jan"), new Household.Relation("01", "referentiepersoon", null, null), "2010-05-01",
                Household.Gender.MALE, "1980-02-02"));
        assertThat(h.members().get(1).relation())
                .isEqualTo(new Household.Relation("02", "echtgenoot/echtgenote", "2010-05-01", null));
    }

    @Test
    void aMemberWhoLeftCarriesTheEndOfTheRelation() {
        Household.Member left = map("household/every-element.xml", HouseholdPersonas.EVERY_ELEMENT).members().get(3);
        assertThat(left.relation()).isEqualTo(new Household.Relation("16", "schoonvader/schoonmoeder", "2015-01-01",
                "2024-06-30"));
        assertThat(left.gender()).as("code 9 is not a gender the gateway knows").isEqualTo(Household.Gender.UNKNOWN);
        assertThat(left.birthDate()).isEqualTo("1952-00-00");
    }

    @Test
    void theHouseholdAddressIsTheReferencePersonsMainResidence() {
        assertThat(map("household/every-element.xml", HouseholdPersonas.EVERY_ELEMENT).address()).isEqualTo(
                new Household.Address("Kerkstraat", "12", "3", "9000", "Gent", "44021", "BELGIE", "BEL", "150", "nl",
                        "2010-05-01", null));
    }

    @Test
    void withoutTheReferencePersonsResidenceTheFirstOneInPositionOrderStands() {
        GeefGezinssamenstellingXml.Gezinslid child = lid("c", "03");
        child.adressen = new GeefGezinssamenstellingXml.Adressen();
        child.adressen.hoofdverblijfplaats = new MagdaTypes.Adres();
        child.adressen.hoofdverblijfplaats.huisnummer = "7";
        GeefGezinssamenstellingXml.Gezinslid spouse = lid("b", "02");
        spouse.adressen = new GeefGezinssamenstellingXml.Adressen();
        spouse.adressen.hoofdverblijfplaats = new MagdaTypes.Adres();
        spouse.adressen.hoofdverblijfplaats.huisnummer = "9";
        assertThat(GeefGezinssamenstellingClient.address(List.of(child, lid("a", "01"), spouse)).houseNumber())
                .isEqualTo("9");
    }

    @Test
    void aHouseholdWithoutAnyOptionalElementMaps() {
        Household h = map("household/minimal.xml", HouseholdPersonas.MINIMAL);
        assertThat(h.address()).isNull();
        assertThat(h.members()).containsExactly(new Household.Member(HouseholdPersonas.MINIMAL, null, List.of(),
                new Household.Relation("01", null, null, null), null, Household.Gender.UNKNOWN, null));
    }

    @Test
    void membersWithoutAReadablePositionGoLast() {
        GeefGezinssamenstellingXml.Gezinsleden gezin = new GeefGezinssamenstellingXml.Gezinsleden();
        gezin.gezinsleden.addAll(List.of(lid("a", null), lid("b", "x1"), lid("c", "12"), lid("d", "01")));
        GeefGezinssamenstellingXml.Antwoord inhoud = new GeefGezinssamenstellingXml.Antwoord();
        inhoud.gezinsleden = gezin;
        assertThat(GeefGezinssamenstellingClient.toHousehold("d", inhoud).members()).extracting(Household.Member::insz)
                .containsExactly("d", "c", "a", "b");
    }
}
