package com.magdagateway.dimona.client;

import java.util.concurrent.Future;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

/** Service endpoint interface of MAGDA {@code Werk.GeefWerkrelaties 02.00} (document/literal, bare). */
@WebService(targetNamespace = GeefWerkrelatiesPort.NS, name = "GeefWerkrelatiesPortType")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface GeefWerkrelatiesPort {

    String NS = "http://webservice.geefwerkrelatiesdienst-02_00.werk-02_00.vip.vlaanderen.be";

    @WebMethod(operationName = "GeefWerkrelaties")
    @WebResult(name = "GeefWerkrelatiesResponse", targetNamespace = NS, partName = "response")
    GeefWerkrelatiesXml.Response geefWerkrelaties(
            @WebParam(name = "GeefWerkrelaties", targetNamespace = NS, partName = "request") GeefWerkrelatiesXml.Request request);

    /** CXF binds the callback variant below only when this polling variant exists too. */
    @WebMethod(operationName = "GeefWerkrelaties")
    Response<GeefWerkrelatiesXml.Response> geefWerkrelatiesAsync(
            @WebParam(name = "GeefWerkrelaties", targetNamespace = NS, partName = "request") GeefWerkrelatiesXml.Request request);

    @WebMethod(operationName = "GeefWerkrelaties")
    Future<?> geefWerkrelatiesAsync(
            @WebParam(name = "GeefWerkrelaties", targetNamespace = NS, partName = "request") GeefWerkrelatiesXml.Request request,
            @WebParam(name = "asyncHandler", targetNamespace = "") AsyncHandler<GeefWerkrelatiesXml.Response> handler);
}
