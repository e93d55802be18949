package com.magdagateway.magda.xml;

/** The SOAP body root of a MAGDA answer ({@code GeefPersoonResponse}, ...), giving access to its {@code Repliek}. */
public interface MagdaResponse<I> {

    MagdaRepliek<I> repliek();
}
