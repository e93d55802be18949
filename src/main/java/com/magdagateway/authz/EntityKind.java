package com.magdagateway.authz;

/** The kinds of organisational entity a lookup can be made for. */
public enum EntityKind {
    DEPARTMENT, AGENCY, CABINET
}
