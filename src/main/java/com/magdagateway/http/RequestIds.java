package com.magdagateway.http;

import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

import com.magdagateway.insz.InszFreeUuids;

/**
 * The request id of each call: the caller's {@code X-Request-Id} when it is safe to echo and to log, a new UUID
 * otherwise.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key under which log lines carry the request id. */
    public static final String MDC_KEY = "requestId";
    static final String KEY = "gateway.requestId";
    /** Short and plain, so that a caller cannot inject headers or log lines through it. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** Assigns the id to the request (once) and announces it on the response. */
    public static String assign(RoutingContext ctx) {
        String existing = ctx.get(KEY);
        if (existing != null) {
            return existing;
        }
        String offered = ctx.request().getHeader(HEADER);
        String id = isSafe(offered) ? offered : InszFreeUuids.randomText();
        ctx.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        return id;
    }

    /**
     * Plain, short, and without eleven digits in a row: such a run could be an INSZ (a caller reusing one as its
     * correlation id) and would reach every log line of the request, so the id is replaced rather than masked.
     */
    static boolean isSafe(String offered) {
        return offered != null && SAFE.matcher(offered).matches() && !InszFreeUuids.mayBeInsz(offered);
    }

    public static String of(RoutingContext ctx) {
        return ctx == null ? null : assign(ctx);
    }
}
