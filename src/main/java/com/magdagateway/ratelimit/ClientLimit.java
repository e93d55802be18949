package com.magdagateway.ratelimit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A calling application's own limits, set by an administrator; without a row the default applies. */
@Entity
@Table(name = "client_limit")
public class ClientLimit extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "requests_per_second", nullable = false)
    public int requestsPerSecond;

    @Column(nullable = false)
    public int burst;

    @Column(name = "concurrent_calls", nullable = false)
    public int concurrentCalls;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public Limits limits() {
        return new Limits(requestsPerSecond, burst, concurrentCalls);
    }
}
