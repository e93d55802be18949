package com.magdagateway.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One entry of the admin trail: who changed what (before and after, as JSON), or who searched the audit log. */
@Entity
@Table(name = "admin_audit")
public class AdminAuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime timestamp;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "end_user")
    public String endUser;

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
