package com.magdagateway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One audited lookup: who asked, for which entity, which service, about whom, when, and how it ended. */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends AuditedAct {

    public String entity;

    @Column(nullable = false)
    public String service;

    @Column(nullable = false)
    public String insz;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditOutcome outcome;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "magda_reference")
    public String magdaReference;

    @Column(name = "request_id", nullable = false)
    public String requestId;

    @Column(name = "duration_ms")
    public Long durationMs;

    /** Why the call ended as it did, when the outcome alone does not say it (e.g. {@code ANSWER_MISMATCH}). */
    @Column(length = 200)
    public String reason;
}
