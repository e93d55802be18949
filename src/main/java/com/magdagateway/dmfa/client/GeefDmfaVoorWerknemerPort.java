package com.magdagateway.dmfa.client;

import java.util.concurrent.Future;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

/** Service endpoint interface of MAGDA {@code Werk.GeefDmfaVoorWerknemer 03.00} (document/literal, bare). */
@WebService(targetNamespace = GeefDmfaVoorWerknemerPort.NS, name = "GeefDmfaVoorWerknemerPortType")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface GeefDmfaVoorWerknemerPort {

    String NS = "http://magda.vlaanderen.be/werk/soap/geefdmfavoorwerknemer/v03_00";

    @WebMethod(operationName = "GeefDmfaVoorWerknemer")
    @WebResult(name = "GeefDmfaVoorWerknemerResponse", targetNamespace = NS, partName = "response")
    GeefDmfaVoorWerknemerXml.Response geefDmfaVoorWerknemer(
            @WebParam(name = "GeefDmfaVoorWerknemer", targetNamespace = NS, partName = "request") GeefDmfaVoorWerknemerXml.Request request);

    /** CXF binds the callback variant below only when this polling variant exists too. */
    @WebMethod(operationName = "GeefDmfaVoorWerknemer")
    Response<GeefDmfaVoorWerknemerXml.Response> geefDmfaVoorWerknemerAsync(
            @WebParam(name = "GeefDmfaVoorWerknemer", targetNamespace = NS, partName = "request") GeefDmfaVoorWerknemerXml.Request request);

    @WebMethod(operationName = "GeefDmfaVoorWerknemer")
    Future<?> geefDmfaVoorWerknemerAsync(
            @WebParam(name = "GeefDmfaVoorWerknemer", targetNamespace = NS, partName = "request") GeefDmfaVoorWerknemerXml.Request request,
            @WebParam(name = "asyncHandler", targetNamespace = "") AsyncHandler<GeefDmfaVoorWerknemerXml.Response> handler);
}
