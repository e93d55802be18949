package com.magdagateway.magda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.magda.UitzonderingClassifier;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.support.SoapBodies;

class MagdaAnswerReaderTest {

    /** Any service's content will do: the reader only needs to know its class. */
    @XmlRootElement(name = "Inhoud", namespace = "")
    @XmlAccessorType(XmlAccessType.FIELD)
    static class Inhoud {
        @XmlElement(name = "Persoon")
        Persoon persoon;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static class Persoon {
        @XmlElement(name = "INSZ")
        String insz;
    }

    private static MagdaResponse stub(String file) {
        return SoapBodies.answer(file, Inhoud.class);
    }

    private static Uitzondering uitzondering(String code, String type) {
        Uitzondering u = new Uitzondering();
        u.identificatie = code;
        u.oorsprong = "MAGDA";
        u.type = type;
        u.diagnose = "diagnose " + code;
        return u;
    }

    @Test
    void warningBesideDataIsPassedOnNotSwallowed() {
        MagdaAnswer<Inhoud> answer = MagdaAnswerReader.read(stub("persoon/warning.xml"), Inhoud.class,
                MagdaAnswerReader.NoData.NOT_FOUND);
        assertThat(answer.content().persoon.insz).isEqualTo("90720345605");
        assertThat(answer.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("99984");
            assertThat(w.severity()).isEqualTo(MagdaMessage.Severity.WARNING);
        });
    }

    @Test
    void foutAtAntwoordLevelIsNotFound() {
        assertThatThrownBy(() -> MagdaAnswerReader.read(stub("persoon/notfound.xml"), Inhoud.class, MagdaAnswerReader.NoData.NOT_FOUND))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PERSON_NOT_FOUND);
                    assertThat(e.magda().code()).isEqualTo("30001");
                    assertThat(e.magda().origin()).isEqualTo("RR");
                });
    }

    @Test
    void noDataOnAListResourceIsAnEmptyAnswer() {
        MagdaAnswer<Inhoud> answer = MagdaAnswerReader.read(stub("persoon/notfound.xml"), Inhoud.class,
                MagdaAnswerReader.NoData.EMPTY);
        assertThat(answer.content()).isNull();
    }

    @Test
    void anUnknownInszIsNotFoundEvenOnAListResource() {
        MagdaResponse response = stub("persoon/notfound.xml");
        response.repliek.antwoorden.get(0).uitzonderingen.get(0).identificatie = "30003";
        assertThatThrownBy(() -> MagdaAnswerReader.read(response, Inhoud.class, MagdaAnswerReader.NoData.EMPTY))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PERSON_NOT_FOUND));
    }

    @Test
    void foutAtRepliekLevelFailsTheWholeCall() {
        assertThatThrownBy(() -> MagdaAnswerReader.read(stub("persoon/busy.xml"), Inhoud.class, MagdaAnswerReader.NoData.EMPTY))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND_BUSY));
    }

    @Test
    void informationAtRepliekLevelIsAWarningNotAnError() {
        MagdaResponse response = stub("persoon/full.xml");
        response.repliek.uitzonderingen.add(uitzondering("30042", "INFORMATIE"));
        MagdaAnswer<Inhoud> answer = MagdaAnswerReader.read(response, Inhoud.class, MagdaAnswerReader.NoData.NOT_FOUND);
        assertThat(answer.warnings()).extracting(MagdaMessage::severity).containsExactly(MagdaMessage.Severity.INFO);
        assertThat(answer.content()).isNotNull();
    }

    @Test
    void anErrorBesideDataStillFails() {
        MagdaResponse response = stub("persoon/full.xml");
        response.repliek.antwoorden.get(0).uitzonderingen.add(uitzondering("99994", "FOUT"));
        assertThatThrownBy(() -> MagdaAnswerReader.read(response, Inhoud.class, MagdaAnswerReader.NoData.NOT_FOUND))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND_ERROR));
    }

    @Test
    void answerWithoutRepliekIsABackendError() {
        assertThatThrownBy(() -> MagdaAnswerReader.read(new MagdaResponse(), Inhoud.class, MagdaAnswerReader.NoData.NOT_FOUND))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND_ERROR));
    }

    @ParameterizedTest
    @CsvSource({ "30001,PERSON_NOT_FOUND", "30101,PERSON_NOT_FOUND", "40000,PERSON_NOT_FOUND", "70001,PERSON_NOT_FOUND",
            "30002,PERSON_NOT_FOUND", "30003,PERSON_NOT_FOUND", "40003,PERSON_NOT_REGISTERED", "99995,BACKEND_BUSY",
            "99996,BACKEND_BUSY", "60010,BACKEND_UNAVAILABLE", "99997,BACKEND_UNAVAILABLE", "60006,BACKEND_TIMEOUT",
            "99994,BACKEND_ERROR", "60007,BACKEND_ERROR", "20002,BACKEND_ERROR" })
    void contractErrorTable(String magdaCode, ErrorCode expected) {
        assertThat(UitzonderingClassifier.classify(magdaCode)).isEqualTo(expected);
    }
}
