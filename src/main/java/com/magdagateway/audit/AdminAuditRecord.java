package com.magdagateway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One entry of the admin trail: who changed what (before and after, as JSON), or who searched the audit log. */
@Entity
@Table(name = "admin_audit")
public class AdminAuditRecord extends AuditedAct {

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String target;

    @Column(name = "before_state", columnDefinition = "text")
    public String before;

    @Column(name = "after_state", columnDefinition = "text")
    public String after;

    @Column(name = "request_id")
    public String requestId;
}
