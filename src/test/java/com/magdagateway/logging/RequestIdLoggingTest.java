package com.magdagateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.CapturedLogs;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Every line a request logs carries its request id, even after the reactive hops to CXF and back. */
@QuarkusTest
class RequestIdLoggingTest {

    private final CapturedLogs logs = new CapturedLogs();

    @BeforeEach
    void attach() {
        CircuitBreakerMaintenance.get().resetAll();
        logs.start();
    }

    @AfterEach
    void detach() {
        logs.stop();
    }

    @Test
    void backendFailureLogLineCarriesTheRequestIdAndNoInsz() {
        Api.consult().header("X-Request-Id", "log-req-42").get("/api/v1/persons/{insz}", Personas.SOAP_FAULT)
                .then().statusCode(502);
        List<ExtLogRecord> mine = logs.records().stream().filter(r -> "log-req-42".equals(r.getMdc("requestId"))).toList();
        assertThat(mine).extracting(ExtLogRecord::getFormattedMessage).anyMatch(m -> m.contains("MAGDA call failed"));
        assertThat(logs.records()).extracting(ExtLogRecord::getFormattedMessage)
                .noneMatch(m -> m.contains(Personas.SOAP_FAULT));
    }

    /** A caller that uses an INSZ as its correlation id gets a fresh id back, and its INSZ never reaches the log. */
    @Test
    void requestIdCarryingAnInszIsReplaced() {
        String offered = "hr-" + Personas.SOAP_FAULT;
        String assigned = Api.consult().header("X-Request-Id", offered).get("/api/v1/persons/{insz}", Personas.SOAP_FAULT)
                .then().statusCode(502).extract().header("X-Request-Id");
        assertThat(assigned).isNotEqualTo(offered).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(logs.records()).extracting(r -> r.getMdc("requestId")).contains(assigned).doesNotContain(offered);
        assertThat(logs.records()).extracting(r -> String.valueOf(r.getMdcCopy()))
                .noneMatch(mdc -> mdc.contains(Personas.SOAP_FAULT));
    }

    /** The control: a plain id with digits, but no run long enough to be an INSZ, is kept. */
    @Test
    void requestIdWithShortDigitRunsIsKept() {
        Api.consult().header("X-Request-Id", "batch-2026-1234567890-7").get("/api/v1/persons/{insz}", Personas.FULL)
                .then().statusCode(200).header("X-Request-Id", "batch-2026-1234567890-7");
    }
}
