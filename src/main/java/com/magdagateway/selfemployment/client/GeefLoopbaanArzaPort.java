package com.magdagateway.selfemployment.client;

import java.util.concurrent.Future;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

/** Service endpoint interface of MAGDA {@code Werk.GeefLoopbaanARZA 02.01} (document/literal, bare). */
@WebService(targetNamespace = GeefLoopbaanArzaPort.NS, name = "GeefLoopbaanARZAPortType")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface GeefLoopbaanArzaPort {

    String NS = "http://webservice.geefloopbaanarzadienst-02_01.werk-02_01.vip.vlaanderen.be";

    @WebMethod(operationName = "GeefLoopbaanARZA")
    @WebResult(name = "GeefLoopbaanARZAResponse", targetNamespace = NS, partName = "response")
    GeefLoopbaanArzaXml.Response geefLoopbaanArza(
            @WebParam(name = "GeefLoopbaanARZA", targetNamespace = NS, partName = "request") GeefLoopbaanArzaXml.Request request);

    /** CXF binds the callback variant below only when this polling variant exists too. */
    @WebMethod(operationName = "GeefLoopbaanARZA")
    Response<GeefLoopbaanArzaXml.Response> geefLoopbaanArzaAsync(
            @WebParam(name = "GeefLoopbaanARZA", targetNamespace = NS, partName = "request") GeefLoopbaanArzaXml.Request request);

    @WebMethod(operationName = "GeefLoopbaanARZA")
    Future<?> geefLoopbaanArzaAsync(
            @WebParam(name = "GeefLoopbaanARZA", targetNamespace = NS, partName = "request") GeefLoopbaanArzaXml.Request request,
            @WebParam(name = "asyncHandler", targetNamespace = "") AsyncHandler<GeefLoopbaanArzaXml.Response> handler);
}
