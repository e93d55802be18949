package com.magdagateway.mutation;

/** Receives a publication's Onderwerpen one at a time, as the streaming reader meets them. */
public interface PublicationSink {

    /** An Onderwerp that could be read; it may still fail the importer's checks. */
    void accept(PublishedMutation mutation);

    /** An Onderwerp that could not be read. */
    void reject(Rejection rejection);
}
