package com.magdagateway.dmfa;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's DmfA attestations (quarterly RSZ declarations) as the REST contract presents them, by quarter. */
@Schema(name = "Dmfa")
public record Dmfa(String insz, List<Attestation> attestations) {

    /** One attestation: a version of an employer's quarterly declaration about this worker. */
    @Schema(name = "DmfaAttestation")
    public record Attestation(String number, String version, Status status,
            @Schema(description = "Quarter written YYYYQn", example = "2023Q2") String quarter, Employer employer,
            List<WorkerLine> workerLines) {
    }

    /** The attestation's status, e.g. {@code 0} new, {@code 1} modified, {@code 2} cancelled. */
    @Schema(name = "DmfaStatus")
    public record Status(String code, String description) {
    }

    /** The declaring employer by its RSZ/NSSO registration number and its enterprise (KBO) number. */
    @Schema(name = "DmfaEmployer")
    public record Employer(String nssoNumber, String enterpriseNumber) {
    }

    /** A worker line: employer category, worker code and the period it covers. */
    @Schema(name = "DmfaWorkerLine")
    public record WorkerLine(String category, String workerCode, String from, String to) {
    }
}
