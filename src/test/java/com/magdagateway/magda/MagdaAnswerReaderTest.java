package com.magdagateway.magda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.magdagateway.magda.xml.Uitzondering;
import com.magdagateway.person.client.GeefPersoonXml;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.support.SoapBodies;

class MagdaAnswerReaderTest {

    private static GeefPersoonXml.Response stub(String file) {
        return SoapBodies.read(file, GeefPersoonXml.Response.class);
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
        MagdaAnswer<GeefPersoonXml.Persoon> answer = MagdaAnswerReader.read(stub("persoon/warning.xml"),
                MagdaAnswerReader.NoData.NOT_FOUND);
        assertThat(answer.content().insz).isEqualTo("90720345605");
        assertThat(answer.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("99984");
            assertThat(w.severity()).isEqualTo(MagdaMessage.Severity.WARNING);
        });
    }

    @Test
    void foutAtAntwoordLevelIsNotFound() {
        assertThatThrownBy(() -> MagdaAnswerReader.read(stub("persoon/notfound.xml"), MagdaAnswerReader.NoData.NOT_FOUND))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PERSON_NOT_FOUND);
                    assertThat(e.magda().code()).isEqualTo("30001");
                    assertThat(e.magda().origin()).isEqualTo("RR");
                });
    }

    @Test
    void noDataOnAListResourceIsAnEmptyAnswer() {
        MagdaAnswer<GeefPersoonXml.Persoon> answer = MagdaAnswerReader.read(stub("persoon/notfound.xml"),
                MagdaAnswerReader.NoData.EMPTY);
        assertThat(answer.content()).isNull();
    }

    @Test
    void anUnknownInszIsNotFoundEvenOnAListResource() {
        GeefPersoonXml.Response response = stub("persoon/notfound.xml");
        response.repliek.antwoorden.get(0).uitzonderingen.get(0).identificatie = "30003";
        assertThatThrownBy(() -> MagdaAnswerReader.read(response, MagdaAnswerReader.NoData.EMPTY))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PERSON_NOT_FOUND));
    }

    @Test
    void foutAtRepliekLevelFailsTheWholeCall() {
        assertThatThrownBy(() -> MagdaAnswerReader.read(stub("persoon/busy.xml"), MagdaAnswerReader.NoData.EMPTY))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND_BUSY));
    }

    @Test
    void informationAtRepliekLevelIsAWarningNotAnError() {
        GeefPersoonXml.Response response = stub("persoon/full.xml");
        response.repliek.uitzonderingen.add(uitzondering("30042", "INFORMATIE"));
        MagdaAnswer<GeefPersoonXml.Persoon> answer = MagdaAnswerReader.read(response, MagdaAnswerReader.NoData.NOT_FOUND);
        assertThat(answer.warnings()).extracting(MagdaMessage::severity).containsExactly(MagdaMessage.Severity.INFO);
        assertThat(answer.content()).isNotNull();
    }

    @Test
    void anErrorBesideDataStillFails() {
        GeefPersoonXml.Response response = stub("persoon/full.xml");
        response.repliek.antwoorden.get(0).uitzonderingen.add(uitzondering("99994", "FOUT"));
        assertThatThrownBy(() -> MagdaAnswerReader.read(response, MagdaAnswerReader.NoData.NOT_FOUND))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BACKEND_ERROR));
    }

    @Test
    void answerWithoutRepliekIsABackendError() {
        assertThatThrownBy(() -> MagdaAnswerReader.read(new GeefPersoonXml.Response(), MagdaAnswerReader.NoData.NOT_FOUND))
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
