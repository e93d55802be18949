package com.magdagateway.link;

/** How a person is related to an entity: only an employee ("werknemer") is registered at MAGDA and may be looked up. */
public enum LinkRelation {
    EMPLOYEE, NON_EMPLOYEE
}
