package com.magdagateway.authz;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A calling application's right to act on behalf of one entity. */
@Entity
@Table(name = "client_grant")
@IdClass(ClientGrant.Key.class)
public class ClientGrant extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Id
    @Column(name = "entity_code")
    public String entityCode;

    @Column(name = "granted_at", insertable = false, updatable = false)
    public OffsetDateTime grantedAt;

    /** Composite key: client and entity. */
    public static class Key implements Serializable {
        public String clientId;
        public String entityCode;

        public Key() {
        }

        public Key(String clientId, String entityCode) {
            this.clientId = clientId;
            this.entityCode = entityCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.clientId, clientId) && Objects.equals(k.entityCode, entityCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, entityCode);
        }
    }
}
