package com.magdagateway.docs;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Swagger UI and the OpenAPI document on the public port, only when {@code GATEWAY_PUBLIC_DOCS=true}: in production
 * they live on the management interface (a build-time choice of Quarkus), so the public port forwards to it.
 */
@ApplicationScoped
public class PublicDocs {

    private static final Logger LOG = Logger.getLogger(PublicDocs.class);
    /** Hop-by-hop headers are the forwarder's own business, not the management interface's. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "transfer-encoding", "keep-alive",
            "content-length");

    private final boolean enabled;
    private final boolean management;
    private final int managementPort;

    public PublicDocs(@ConfigProperty(name = "gateway.public-docs", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.management.enabled", defaultValue = "false") boolean management,
            @ConfigProperty(name = "quarkus.management.port", defaultValue = "9000") int managementPort) {
        this.enabled = enabled;
        this.management = management;
        this.managementPort = managementPort;
    }

    void route(@Observes Router router, Vertx vertx) {
        if (!enabled || !management) {
            return; // off, or the documents are already on the public port (dev mode, tests)
        }
        HttpClient client = vertx.createHttpClient();
        for (String path : new String[] { "/q/swagger-ui", "/q/swagger-ui/*", "/q/openapi", "/q/openapi/*" }) {
            router.route(HttpMethod.GET, path).handler(ctx -> forward(client, ctx));
        }
        LOG.infof("GATEWAY_PUBLIC_DOCS=true: Swagger UI and /q/openapi are also served on the public port");
    }

    private void forward(HttpClient client, RoutingContext ctx) {
        client.request(HttpMethod.GET, managementPort, "localhost", ctx.request().uri())
                .compose(request -> {
                    String accept = ctx.request().getHeader("Accept");
                    if (accept != null) {
                        request.putHeader("Accept", accept);
                    }
                    return request.send();
                })
                .onSuccess(response -> relay(response, ctx))
                .onFailure(failure -> ctx.fail(502, failure));
    }

    private static void relay(HttpClientResponse response, RoutingContext ctx) {
        response.body().onSuccess(body -> {
            ctx.response().setStatusCode(response.statusCode());
            response.headers().forEach((name, value) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    ctx.response().headers().add(name, value);
                }
            });
            ctx.response().end(body);
        }).onFailure(failure -> ctx.fail(502, failure));
    }
}
