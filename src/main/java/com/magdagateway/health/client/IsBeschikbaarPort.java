package com.magdagateway.health.client;

import java.util.concurrent.Future;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

/** Service endpoint interface of MAGDA {@code Generiek.IsBeschikbaar 02.00}, MAGDA's own availability probe. */
@WebService(targetNamespace = IsBeschikbaarPort.NS, name = "IsBeschikbaarPortType")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface IsBeschikbaarPort {

    String NS = "http://webservice.isbeschikbaardienst-02_00.generiek-02_00.vip.vlaanderen.be";

    @WebMethod(operationName = "IsBeschikbaar")
    @WebResult(name = "IsBeschikbaarResponse", targetNamespace = NS, partName = "response")
    IsBeschikbaarXml.Response isBeschikbaar(
            @WebParam(name = "IsBeschikbaar", targetNamespace = NS, partName = "request") IsBeschikbaarXml.Request request);

    /** CXF binds the callback variant below only when this polling variant exists too. */
    @WebMethod(operationName = "IsBeschikbaar")
    Response<IsBeschikbaarXml.Response> isBeschikbaarAsync(
            @WebParam(name = "IsBeschikbaar", targetNamespace = NS, partName = "request") IsBeschikbaarXml.Request request);

    @WebMethod(operationName = "IsBeschikbaar")
    Future<?> isBeschikbaarAsync(
            @WebParam(name = "IsBeschikbaar", targetNamespace = NS, partName = "request") IsBeschikbaarXml.Request request,
            @WebParam(name = "asyncHandler", targetNamespace = "") AsyncHandler<IsBeschikbaarXml.Response> handler);
}
