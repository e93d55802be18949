package com.magdagateway.person.client;

import java.util.concurrent.Future;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

/** Service endpoint interface of MAGDA {@code Persoon.GeefPersoon 02.02} (document/literal, bare). */
@WebService(targetNamespace = GeefPersoonPort.NS, name = "GeefPersoonPortType")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface GeefPersoonPort {

    String NS = "http://magda.vlaanderen.be/persoon/soap/geefpersoon/v02_02";

    @WebMethod(operationName = "GeefPersoon")
    @WebResult(name = "GeefPersoonResponse", targetNamespace = NS, partName = "response")
    GeefPersoonXml.Response geefPersoon(
            @WebParam(name = "GeefPersoon", targetNamespace = NS, partName = "request") GeefPersoonXml.Request request);

    /** CXF binds the callback variant below only when this polling variant exists too. */
    @WebMethod(operationName = "GeefPersoon")
    Response<GeefPersoonXml.Response> geefPersoonAsync(
            @WebParam(name = "GeefPersoon", targetNamespace = NS, partName = "request") GeefPersoonXml.Request request);

    @WebMethod(operationName = "GeefPersoon")
    Future<?> geefPersoonAsync(
            @WebParam(name = "GeefPersoon", targetNamespace = NS, partName = "request") GeefPersoonXml.Request request,
            @WebParam(name = "asyncHandler", targetNamespace = "") AsyncHandler<GeefPersoonXml.Response> handler);
}
