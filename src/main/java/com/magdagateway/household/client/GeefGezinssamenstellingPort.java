package com.magdagateway.household.client;

import java.util.concurrent.Future;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

/** Service endpoint interface of MAGDA {@code Persoon.GeefGezinssamenstelling 02.02} (document/literal, bare). */
@WebService(targetNamespace = GeefGezinssamenstellingPort.NS, name = "GeefGezinssamenstellingPortType")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface GeefGezinssamenstellingPort {

    String NS = "http://magda.vlaanderen.be/persoon/soap/geefgezinssamenstelling/v02_02";

    @WebMethod(operationName = "GeefGezinssamenstelling")
    @WebResult(name = "GeefGezinssamenstellingResponse", targetNamespace = NS, partName = "response")
    GeefGezinssamenstellingXml.Response geefGezinssamenstelling(
            @WebParam(name = "GeefGezinssamenstelling", targetNamespace = NS, partName = "request") GeefGezinssamenstellingXml.Request request);

    /** CXF binds the callback variant below only when this polling variant exists too. */
    @WebMethod(operationName = "GeefGezinssamenstelling")
    Response<GeefGezinssamenstellingXml.Response> geefGezinssamenstellingAsync(
            @WebParam(name = "GeefGezinssamenstelling", targetNamespace = NS, partName = "request") GeefGezinssamenstellingXml.Request request);

    @WebMethod(operationName = "GeefGezinssamenstelling")
    Future<?> geefGezinssamenstellingAsync(
            @WebParam(name = "GeefGezinssamenstelling", targetNamespace = NS, partName = "request") GeefGezinssamenstellingXml.Request request,
            @WebParam(name = "asyncHandler", targetNamespace = "") AsyncHandler<GeefGezinssamenstellingXml.Response> handler);
}
