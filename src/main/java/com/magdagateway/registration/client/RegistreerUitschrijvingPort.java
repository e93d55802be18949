package com.magdagateway.registration.client;

import java.util.concurrent.Future;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.Response;

/** Service endpoint interface of MAGDA {@code Repertorium.RegistreerUitschrijving 02.00} (document/literal, bare). */
@WebService(targetNamespace = RegistreerUitschrijvingPort.NS, name = "RegistreerUitschrijvingPortType")
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface RegistreerUitschrijvingPort {

    String NS = "http://webservice.registreeruitschrijvingdienst-02_00.repertorium-02_00.vip.vlaanderen.be";

    @WebMethod(operationName = "RegistreerUitschrijving")
    @WebResult(name = "RegistreerUitschrijvingResponse", targetNamespace = NS, partName = "response")
    RegistreerUitschrijvingXml.Response registreerUitschrijving(
            @WebParam(name = "RegistreerUitschrijving", targetNamespace = NS, partName = "request") RegistreerUitschrijvingXml.Request request);

    /** CXF binds the callback variant below only when this polling variant exists too. */
    @WebMethod(operationName = "RegistreerUitschrijving")
    Response<RegistreerUitschrijvingXml.Response> registreerUitschrijvingAsync(
            @WebParam(name = "RegistreerUitschrijving", targetNamespace = NS, partName = "request") RegistreerUitschrijvingXml.Request request);

    @WebMethod(operationName = "RegistreerUitschrijving")
    Future<?> registreerUitschrijvingAsync(
            @WebParam(name = "RegistreerUitschrijving", targetNamespace = NS, partName = "request") RegistreerUitschrijvingXml.Request request,
            @WebParam(name = "asyncHandler", targetNamespace = "") AsyncHandler<RegistreerUitschrijvingXml.Response> handler);
}
