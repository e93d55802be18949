package com.magdagateway.mutation;

/** What a mutation describes: a person (PubliceerMutatiePersoon) or a household (PubliceerMutatieGezinssamenstelling). */
public enum MutationKind {
    PERSON("PubliceerMutatiePersoon"),
    HOUSEHOLD("PubliceerMutatieGezinssamenstelling");

    private final String serviceName;

    MutationKind(String serviceName) {
        this.serviceName = serviceName;
    }

    /** MAGDA's name of the publication, also the service name of its audit row. */
    public String serviceName() {
        return serviceName;
    }
}
