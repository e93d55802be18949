package com.magdagateway.magda.client;

import java.util.concurrent.Future;

import jakarta.xml.ws.AsyncHandler;

/** The asynchronous operation of one service's port, given as a method reference such as {@code port::geefPersoonAsync}. */
@FunctionalInterface
public interface MagdaPort {

    Future<?> send(MagdaRequest request, AsyncHandler<MagdaResponse> handler);
}
