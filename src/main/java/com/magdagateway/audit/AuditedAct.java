package com.magdagateway.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** What every append-only audit row says first: when, which calling application, which person at the keyboard. */
@MappedSuperclass
public abstract class AuditedAct extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime timestamp;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "end_user")
    public String endUser;
}
