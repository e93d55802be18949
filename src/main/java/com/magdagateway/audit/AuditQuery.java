package com.magdagateway.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads the audit log with filters and paging, newest first. */
@ApplicationScoped
public class AuditQuery {

    /** The filters of {@code GET /api/v1/audit}; null means "any". */
    public record Filter(String insz, String entity, String clientId, String endUser, String from, String to) {
    }

    /** One page of results. */
    public record Result(List<AuditRecord> items, long total) {
    }

    @WithSession
    public Uni<Result> find(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        add(where, params, "insz", filter.insz());
        add(where, params, "entity", filter.entity());
        add(where, params, "clientId", filter.clientId());
        add(where, params, "endUser", filter.endUser());
        window(where, params, filter.from(), filter.to());
        var query = AuditRecord.<AuditRecord> find(where.toString(), Sort.descending("timestamp", "id"), params);
        return query.page(Page.of(page, size)).list()
                .flatMap(items -> query.count().map(total -> new Result(new ArrayList<>(items), total)));
    }

    /** Adds {@code field = value} to the search when a value is given. */
    static void add(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value.strip());
        }
    }

    /** Adds the time window {@code [from, to)} (each optional) to the search; {@code from} after {@code to} is a 400. */
    static void window(StringBuilder where, Map<String, Object> params, String fromText, String toText) {
        OffsetDateTime from = fromText == null ? null : parse(fromText, false);
        OffsetDateTime to = toText == null ? null : parse(toText, true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new GatewayException(ErrorCode.BAD_REQUEST, "'from' is after 'to'");
        }
        if (from != null) {
            where.append(" and timestamp >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and timestamp < :to");
            params.put("to", to);
        }
    }

    /**
     * Accepts an instant ({@code 2026-01-05T10:15:00Z}) or a date; a date as upper bound includes that whole day.
     */
    static OffsetDateTime parse(String text, boolean upperBound) {
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (upperBound ? date.plusDays(1) : date).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            OffsetDateTime instant = Instant.parse(text).atOffset(ZoneOffset.UTC);
            return upperBound ? instant.plusNanos(1000) : instant;
        } catch (DateTimeParseException e) {
            throw new GatewayException(ErrorCode.BAD_REQUEST,
                    "'" + text + "' is neither a date (YYYY-MM-DD) nor an instant (YYYY-MM-DDThh:mm:ssZ)");
        }
    }
}
