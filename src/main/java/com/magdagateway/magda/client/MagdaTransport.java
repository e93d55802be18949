package com.magdagateway.magda.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.ws.AsyncHandler;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPException;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import org.jboss.logging.Logger;

import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.magda.client.MagdaAnswerReader.NoData;
import com.magdagateway.magda.security.MagdaWsSecurity;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** The SOAP transport shared by all MAGDA adapters: async CXF calls bridged to Mutiny, failures classified. */
@ApplicationScoped
public class MagdaTransport {

    private static final Logger LOG = Logger.getLogger(MagdaTransport.class);

    private final MagdaConfig config;
    private final MagdaWsSecurity wsSecurity;
    private final MagdaEnvelope envelope;

    public MagdaTransport(MagdaConfig config, MagdaWsSecurity wsSecurity, MagdaEnvelope envelope) {
        this.config = config;
        this.wsSecurity = wsSecurity;
        this.envelope = envelope;
    }

    /**
     * Prepares {@code port} for {@code service} (see {@link #prepare(Object, MagdaService)}) and returns the operation
     * an adapter asks through: {@code send} is the port's asynchronous method, {@code content} the class of the
     * answer's {@code Inhoud}, {@code noData} what MAGDA's "no data" means for the resource.
     */
    public <A> MagdaOperation<A> operation(MagdaService service, Object port, MagdaPort send, Class<A> content,
            NoData noData) {
        prepare(port, service);
        return operation(service.serviceName(), service.version(), send, content, noData);
    }

    /** The operation of a port prepared by the caller, for a MAGDA service the gateway does not wrap (the probe). */
    public <A> MagdaOperation<A> operation(String serviceName, String version, MagdaPort send, Class<A> content,
            NoData noData) {
        return new MagdaOperation<>(serviceName, version, send, content, noData, envelope, this);
    }

    /**
     * Prepares a CXF client proxy once: endpoint, timeouts no longer than {@code MAGDA_TIMEOUT}, lenient JAXB so that
     * elements MAGDA adds later do not break us, answers decoded by the XML charset rules, and WS-Security when
     * configured (mutual TLS comes from the client's TLS configuration, see
     * {@link com.magdagateway.magda.security.MagdaTlsConfigSource}).
     */
    public <P> P prepare(P port, MagdaService service) {
        return prepare(port, config.urlFor(service.serviceName()), config.timeoutDuration());
    }

    /** The same for a port with its own endpoint and timeout (the availability probe). */
    public <P> P prepare(P port, String url, java.time.Duration timeout) {
        BindingProvider provider = (BindingProvider) port;
        provider.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, url);
        provider.getRequestContext().put("set-jaxb-validation-event-handler", Boolean.FALSE);
        XmlLimits.apply(provider.getRequestContext());
        Client client = ClientProxy.getClient(port);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        HTTPClientPolicy policy = conduit.getClient() == null ? new HTTPClientPolicy() : conduit.getClient();
        long timeoutMs = timeout.toMillis();
        policy.setConnectionTimeout(Math.min(timeoutMs, policy.getConnectionTimeout() > 0 ? policy.getConnectionTimeout() : timeoutMs));
        policy.setReceiveTimeout(timeoutMs);
        conduit.setClient(policy);
        installCharsets(client);
        wsSecurity.apply(client);
        return port;
    }

    /** Answers are decoded by the XML rules, faults included; requests go out as declared UTF-8. */
    private static void installCharsets(Client client) {
        XmlCharsetInterceptor decoding = new XmlCharsetInterceptor();
        client.getInInterceptors().add(decoding);
        client.getInFaultInterceptors().add(decoding);
        client.getOutInterceptors().add(new Utf8RequestInterceptor());
    }

    /**
     * Runs one asynchronous CXF call without blocking the caller's thread. The result arrives on a CXF/Vert.x
     * thread; the pipeline moves it back to the request's context.
     */
    Uni<MagdaResponse> invoke(Function<AsyncHandler<MagdaResponse>, Future<?>> call) {
        return Uni.createFrom().<MagdaResponse> emitter(emitter -> {
            Future<?> future = call.apply(response -> {
                try {
                    emitter.complete(response.get());
                } catch (ExecutionException e) {
                    emitter.fail(e.getCause() == null ? e : e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    emitter.fail(e);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
            emitter.onTermination(() -> future.cancel(true));
        })
                // Marshalling, and CXF's lazy set-up on a client's first call, are synchronous: keep them off the event loop.
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().transform(MagdaTransport::classify);
    }

    /** Maps transport-level failures onto the contract's backend error codes. */
    static Throwable classify(Throwable failure) {
        if (failure instanceof GatewayException) {
            return failure;
        }
        GatewayException classified = classifyTransport(failure);
        // Class names only: exception messages may quote parts of the exchange, and with them an INSZ.
        LOG.warnf("MAGDA call failed as %s: %s", classified.code(), causeChain(failure));
        LOG.debug("MAGDA call failure", failure);
        return classified;
    }

    private static String causeChain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null && chain.length() < 300; t = t.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- ").append(t.getClass().getName());
        }
        return chain.toString();
    }

    private static GatewayException classifyTransport(Throwable failure) {
        if (failure instanceof SOAPFaultException || failure instanceof SoapFault) {
            return new GatewayException(ErrorCode.BACKEND_ERROR, "MAGDA answered with a SOAP fault", null, null, failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t.getClass().getSimpleName().equals("ConnectTimeoutException")) {
                return new GatewayException(ErrorCode.BACKEND_UNAVAILABLE, "MAGDA could not be reached", null, null, failure);
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t.getClass().getSimpleName().endsWith("TimeoutIOException")) { // the Vert.x conduit's receive timeout
                return new GatewayException(ErrorCode.BACKEND_TIMEOUT, "MAGDA did not answer in time", null, null, failure);
            }
            if (t instanceof HTTPException http) {
                return httpStatus(http.getResponseCode(), failure);
            }
        }
        if (hasCause(failure, IOException.class)) {
            return new GatewayException(ErrorCode.BACKEND_ERROR, "The connection to MAGDA failed", null, null, failure);
        }
        return new GatewayException(ErrorCode.BACKEND_ERROR, "MAGDA's answer could not be read", null, null, failure);
    }

    private static GatewayException httpStatus(int status, Throwable failure) {
        ErrorCode code = status == 503 || status == 502 ? ErrorCode.BACKEND_UNAVAILABLE
                : status == 504 ? ErrorCode.BACKEND_TIMEOUT : ErrorCode.BACKEND_ERROR;
        return new GatewayException(code, "MAGDA answered HTTP " + status, null, null, failure);
    }

    /** Whether the failure is a refused connection: the request never reached MAGDA. */
    public static boolean isConnectionRefused(Throwable failure) {
        return hasCause(failure, ConnectException.class);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
