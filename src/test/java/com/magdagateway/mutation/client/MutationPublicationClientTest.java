package com.magdagateway.mutation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.magdagateway.household.Household;
import com.magdagateway.mutation.MutationKind;
import com.magdagateway.mutation.PublicationSink;
import com.magdagateway.mutation.PublishedMutation;
import com.magdagateway.mutation.Rejection;
import com.magdagateway.mutation.UnreadablePublicationException;
import com.magdagateway.person.Person;
import com.magdagateway.support.Publications;

/** Reading publications written from the XSDs: mapping, INSZ changes, refused Onderwerpen and unreadable files. */
class MutationPublicationClientTest {

    private static final String ROOT = "<p:PubliceerMutatiePersoon xmlns:p=\"http://magda.vlaanderen.be/persoon/file/"
            + "publiceermutatiepersoon/v02_02\"><Publicatie><Context><Naam>x</Naam></Context><Onderwerpen>";
    private static final String END = "</Onderwerpen></Publicatie></p:PubliceerMutatiePersoon>";

    /** Collects what the reader delivers. */
    static final class Collected implements PublicationSink {
        final List<PublishedMutation> accepted = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();

        @Override
        public void accept(PublishedMutation mutation) {
            accepted.add(mutation);
        }

        @Override
        public void reject(Rejection rejection) {
            rejected.add(rejection);
        }
    }

    private static Collected read(String xml) {
        Collected sink = new Collected();
        MutationPublicationClient.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }

    private static String onderwerp(String referte, String insz) {
        return "<Onderwerp><Referte>" + referte + "</Referte><Inhoud><MutatiePersoon><MutatieInformatie><Tijdstip>"
                + "2026-11-30T06:00:00</Tijdstip></MutatieInformatie><Persoon><INSZ>" + insz
                + "</INSZ></Persoon></MutatiePersoon></Inhoud></Onderwerp>";
    }

    @Test
    void readsEveryPersonOfAPublicationMappedAsALookupWould() {
        Collected sink = new Collected();
        MutationKind kind = MutationPublicationClient.read(Publications.resource("persons.xml"), sink);

        assertThat(kind).isEqualTo(MutationKind.PERSON);
        assertThat(sink.accepted).extracting(PublishedMutation::referte)
                .containsExactly("TST-MUT-P-0001", "TST-MUT-P-0002", "TST-MUT-P-0003", "TST-MUT-P-0004");
        PublishedMutation moved = sink.accepted.get(0);
        assertThat(moved.insz()).isEqualTo(Publications.JAN);
        assertThat(moved.reason()).isEqualTo("Adreswijziging");
        assertThat(moved.magdaTime()).isEqualTo("2026-11-30T06:55:10");
        assertThat(moved.cancelledInsz()).isNull();
        Person jan = (Person) moved.data();
        assertThat(jan.lastName()).isEqualTo("Peeters");
        assertThat(jan.firstNames()).containsExactly("Jan", "Karel");
        assertThat(jan.gender()).isEqualTo(Person.Gender.MALE);
        assertThat(jan.civilStatus().description()).isEqualTo("Gehuwd");
        assertThat(jan.mainAddress().street()).isEqualTo("Kerkstraat");
        assertThat(jan.mainAddress().since()).isEqualTo("2026-11-28");
        assertThat(((Person) sink.accepted.get(1).data()).lastName()).isEqualTo("Maes-Wouters");
    }

    @Test
    void anInszChangeNamesTheCancelledNumber() {
        Collected sink = new Collected();
        MutationPublicationClient.read(Publications.resource("persons.xml"), sink);

        PublishedMutation change = sink.accepted.get(2);
        assertThat(change.insz()).isEqualTo(Publications.AN_NEW);
        assertThat(change.cancelledInsz()).isEqualTo(Publications.AN_OLD);
        assertThat(((Person) change.data()).insz()).isEqualTo(Publications.AN_NEW);
    }

    @Test
    void anOnderwerpMagdaMarkedWithAnErrorIsReportedWithItsPosition() {
        Collected sink = new Collected();
        MutationPublicationClient.read(Publications.resource("persons.xml"), sink);

        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(5);
            assertThat(r.referte()).isEqualTo("TST-MUT-P-0005");
            assertThat(r.reason()).contains("30101");
            assertThat(r.line()).isGreaterThan(100);
        });
    }

    @Test
    void readsAHouseholdOrderedAsTheLookupOrdersIt() {
        Collected sink = new Collected();
        MutationKind kind = MutationPublicationClient.read(Publications.resource("household.xml"), sink);

        assertThat(kind).isEqualTo(MutationKind.HOUSEHOLD);
        PublishedMutation m = sink.accepted.get(0);
        assertThat(m.insz()).isEqualTo(Publications.JAN);
        Household household = (Household) m.data();
        assertThat(household.members()).extracting(Household.Member::insz)
                .containsExactly(Publications.JAN, Publications.TOM);
        assertThat(household.members().get(0).since()).isEqualTo("2026-11-28");
    }

    @Test
    void refusesOnlyTheBrokenOnderwerpenAndReadsOn() {
        Collected sink = read(ROOT + onderwerp("A-1", "85611512387")
                + "<Onderwerp><Inhoud/></Onderwerp>"
                + "<Onderwerp><Referte>A-3</Referte></Onderwerp>"
                + "<Onderwerp><Referte>A-4<b>bold</b></Referte></Onderwerp>"
                + "<Onderwerp><Referte>" + "R".repeat(37) + "</Referte><Inhoud/></Onderwerp>"
                + "<Onderwerp><Referte>A-6</Referte><Inhoud><MutatiePersoon><Persoon><INSZ>85611512387</INSZ>"
                + "</Persoon></MutatiePersoon></Inhoud></Onderwerp>"
                + onderwerp("A-7", "77630511844") + END);

        assertThat(sink.accepted).extracting(PublishedMutation::referte).containsExactly("A-1", "A-7");
        assertThat(sink.rejected).extracting(Rejection::position).containsExactly(2, 3, 4, 5, 6);
        assertThat(sink.rejected).extracting(Rejection::reason).containsExactly("No Referte", "No Inhoud",
                "Element b where only text is allowed", "Referte longer than 36 characters",
                "No MutatieInformatie/Tijdstip");
    }

    @Test
    void xmlThatBreaksOffEndsTheFileButKeepsWhatCameBefore() {
        Collected sink = new Collected();
        String broken = ROOT + onderwerp("B-1", "85611512387") + "<Onderwerp><Referte>B-2</Referte><Inhoud>"
                + "<MutatiePersoon></Inhoud></Onderwerp>" + END;

        assertThatThrownBy(() -> MutationPublicationClient.read(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), sink))
                .isInstanceOf(UnreadablePublicationException.class)
                .hasMessageContaining("not well-formed");
        assertThat(sink.accepted).extracting(PublishedMutation::referte).containsExactly("B-1");
    }

    @Test
    void anythingElseIsNotAPublication() {
        assertThatThrownBy(() -> read("<GeefPersoonResponse/>")).isInstanceOf(UnreadablePublicationException.class)
                .hasMessageContaining("Not a PubliceerMutatiePersoon");
        assertThatThrownBy(() -> read("")).isInstanceOf(UnreadablePublicationException.class);
    }

    @Test
    void entitiesAndDtdsAreNeverExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + ROOT
                + "<Onderwerp><Referte>&x;</Referte></Onderwerp>" + END;
        Collected sink = new Collected();
        try {
            MutationPublicationClient.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), sink);
        } catch (UnreadablePublicationException expected) {
            // refusing the file is fine too
        }
        assertThat(sink.accepted).isEmpty();
        assertThat(sink.rejected).allSatisfy(r -> assertThat(String.valueOf(r.referte())).doesNotContain("root:"));
    }
}
