package com.magdagateway.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.magdagateway.audit.Actor;
import com.magdagateway.audit.AdminTrail;
import com.magdagateway.authz.BusinessEntity;
import com.magdagateway.authz.EntityCodes;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.problem.GatewayException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The initial load of links ({@code POST /api/v1/admin/links}): every line is validated on its own and reported as
 * created, unchanged (the link exists already: a re-import adds nothing) or refused with its reason. MAGDA is not
 * called. The links created and the admin-trail entry that records them share one transaction.
 */
@ApplicationScoped
public class LinkImport {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String INSERT = "INSERT INTO person_link (entity_code, insz, relation, start_date, "
            + "created_by_client, created_by_end_user) VALUES (:entity, :insz, :relation, :start, :client, :endUser) "
            + "ON CONFLICT (entity_code, insz) DO NOTHING";

    private final InszValidator inszValidator;
    private final AdminTrail trail;

    public LinkImport(InszValidator inszValidator, AdminTrail trail) {
        this.inszValidator = inszValidator;
        this.trail = trail;
    }

    /** One line as received; {@code number} is its line in the CSV or its position (from 1) in the JSON array. */
    public record Line(int number, String entity, String insz, String relation, String start, String malformed) {

        public Line(int number, String entity, String insz, String relation, String start) {
            this(number, entity, insz, relation, start, null);
        }

        /** A line that could not even be split into its fields. */
        public static Line malformed(int number, String reason) {
            return new Line(number, null, null, null, null, reason);
        }
    }

    /** A line that was taken: {@code CREATED}, or {@code UNCHANGED} when the entity already had a link to the person. */
    @Schema(name = "LinkImportAccepted")
    public record Accepted(int line, @Schema(enumeration = { "CREATED", "UNCHANGED" }) String result) {
    }

    /** A line that was not taken, and why. */
    @Schema(name = "LinkImportRefused")
    public record Refused(int line, String reason) {
    }

    /** The answer to an import. */
    @Schema(name = "LinkImportReport")
    public record Report(@Schema(description = "Lines received (a CSV header and blank lines not counted)") int lines,
            int created, int unchanged, List<Accepted> accepted, List<Refused> refused) {
    }

    /** A link as the admin trail records it. */
    public record LinkState(String entity, String insz, LinkRelation relation, LocalDate start) {
    }

    private record Valid(int number, LinkState link) {
    }

    @WithTransaction
    public Uni<Report> load(Actor actor, List<Line> lines) {
        return BusinessEntity.<BusinessEntity> listAll().flatMap(entities -> {
            Set<String> codes = entities.stream().map(e -> e.code).collect(Collectors.toSet());
            List<Refused> refused = new ArrayList<>();
            List<Valid> valid = validate(lines, codes, refused);
            return Multi.createFrom().iterable(valid)
                    .onItem().transformToUniAndConcatenate(line -> insert(actor, line.link())
                            .map(created -> new Accepted(line.number(), created ? "CREATED" : "UNCHANGED")))
                    .collect().asList()
                    .flatMap(accepted -> record(actor, valid, accepted, refused.size())
                            .replaceWith(report(lines.size(), accepted, refused)));
        });
    }

    private List<Valid> validate(List<Line> lines, Set<String> codes, List<Refused> refused) {
        List<Valid> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : lines) {
            try {
                LinkState link = check(line, codes);
                Integer first = seen.putIfAbsent(link.entity() + "/" + link.insz(), line.number());
                if (first != null) {
                    refused.add(new Refused(line.number(), "Same entity and INSZ as line " + first));
                } else {
                    valid.add(new Valid(line.number(), link));
                }
            } catch (GatewayException | IllegalArgumentException e) {
                refused.add(new Refused(line.number(), e.getMessage()));
            }
        }
        return valid;
    }

    private LinkState check(Line line, Set<String> codes) {
        if (line.malformed() != null) {
            throw new IllegalArgumentException(line.malformed());
        }
        String entity = EntityCodes.normalize(line.entity());
        if (entity == null || entity.isEmpty()) {
            throw new IllegalArgumentException("'entity' is missing");
        }
        if (!codes.contains(entity)) {
            throw new IllegalArgumentException("No entity with code " + (entity.length() > 32 ? entity.substring(0, 32) : entity));
        }
        String insz = inszValidator.parse(line.insz() == null ? null : line.insz().strip()).value();
        return new LinkState(entity, insz, relation(line.relation()), start(line.start()));
    }

    private static LinkRelation relation(String raw) {
        try {
            return LinkRelation.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'relation' must be EMPLOYEE or NON_EMPLOYEE");
        }
    }

    private static LocalDate start(String raw) {
        String value = raw == null ? "" : raw.strip();
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("'start' must be a real date written YYYY-MM-DD");
    }

    private static Uni<Boolean> insert(Actor actor, LinkState link) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter("entity", link.entity()).setParameter("insz", link.insz())
                .setParameter("relation", link.relation().name()).setParameter("start", link.start())
                .setParameter("client", actor.clientId()).setParameter("endUser", actor.endUser())
                .executeUpdate())
                .map(count -> count > 0);
    }

    /** One trail entry per import that changed something: the links it created, and how many lines it refused. */
    private Uni<Void> record(Actor actor, List<Valid> valid, List<Accepted> accepted, int refused) {
        List<LinkState> created = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            if ("CREATED".equals(accepted.get(i).result())) {
                created.add(valid.get(i).link());
            }
        }
        if (created.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("created", created);
        after.put("unchanged", accepted.size() - created.size());
        after.put("refused", refused);
        return trail.change(actor, AdminTrail.Action.LINKS_IMPORTED, "links", null, after);
    }

    private static Report report(int lines, List<Accepted> accepted, List<Refused> refused) {
        int created = (int) accepted.stream().filter(a -> "CREATED".equals(a.result())).count();
        List<Refused> byLine = new ArrayList<>(refused);
        byLine.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Report(lines, created, accepted.size() - created, accepted, byLine);
    }
}
