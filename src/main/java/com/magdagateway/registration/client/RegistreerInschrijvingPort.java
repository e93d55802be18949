package com.magdagateway.registration.client;

import java.util.concurrent.Future;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

/** Service endpoint interface of MAGDA {@code Repertorium.RegistreerInschrijving 02.01} (document/literal, bare). */
@WebService(targetNamespace = RegistreerInschrijvingPort.NS, name = "RegistreerInschrijvingPortType")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface RegistreerInschrijvingPort {

    String NS = "http://webservice.registreerinschrijvingdienst-02_01.repertorium-02_01.vip.vlaanderen.be";

    @WebMethod(operationName = "RegistreerInschrijving")
    @WebResult(name = "RegistreerInschrijvingResponse", targetNamespace = NS, partName = "response")
    RegistreerInschrijvingXml.Response registreerInschrijving(
            @WebParam(name = "RegistreerInschrijving", targetNamespace = NS, partName = "request") RegistreerInschrijvingXml.Request request);

    /** CXF binds the callback variant below only when this polling variant exists too. */
    @WebMethod(operationName = "RegistreerInschrijving")
    Response<RegistreerInschrijvingXml.Response> registreerInschrijvingAsync(
            @WebParam(name = "RegistreerInschrijving", targetNamespace = NS, partName = "request") RegistreerInschrijvingXml.Request request);

    @WebMethod(operationName = "RegistreerInschrijving")
    Future<?> registreerInschrijvingAsync(
            @WebParam(name = "RegistreerInschrijving", targetNamespace = NS, partName = "request") RegistreerInschrijvingXml.Request request,
            @WebParam(name = "asyncHandler", targetNamespace = "") AsyncHandler<RegistreerInschrijvingXml.Response> handler);
}
