package com.magdagateway.authz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A department, agency or cabinet on whose behalf applications look people up. */
@Entity
@Table(name = "entity")
public class BusinessEntity extends PanacheEntityBase {

    /** The agency for which no legal authorization (machtiging) to KSZ data exists yet. */
    public static final String VUTG = "VUTG";

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntityKind kind;

    @Column(name = "ksz_lookup", nullable = false)
    public boolean kszLookup;

    /** VUTG and every cabinet are refused KSZ data whatever their flag says. */
    public boolean isExcluded() {
        return isExcluded(code, kind);
    }

    public static boolean isExcluded(String code, EntityKind kind) {
        return VUTG.equals(EntityCodes.normalize(code)) || kind == EntityKind.CABINET;
    }
}
