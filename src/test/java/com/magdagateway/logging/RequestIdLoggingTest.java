package com.magdagateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Every line a request logs carries its request id, even after the reactive hops to CXF and back. */
@QuarkusTest
class RequestIdLoggingTest {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext && record.getLoggerName().startsWith("com.magdagateway")) {
                ext.copyMdc();
                records.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void attach() {
        CircuitBreakerMaintenance.get().resetAll();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void detach() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void backendFailureLogLineCarriesTheRequestIdAndNoInsz() {
        Api.consult().header("X-Request-Id", "log-req-42").get("/api/v1/persons/{insz}", Personas.SOAP_FAULT)
                .then().statusCode(502);
        List<ExtLogRecord> mine = records.stream().filter(r -> "log-req-42".equals(r.getMdc("requestId"))).toList();
        assertThat(mine).extracting(ExtLogRecord::getFormattedMessage).anyMatch(m -> m.contains("MAGDA call failed"));
        assertThat(records).extracting(ExtLogRecord::getFormattedMessage)
                .noneMatch(m -> m.contains(Personas.SOAP_FAULT));
    }
}
