package com.magdagateway.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The Grafana dashboard and the Prometheus rules under {@code deploy/monitoring} cannot drift from the gateway: every
 * metric and label their expressions name is scraped from this running instance, and the rules pass promtool.
 */
@QuarkusTest
class MonitoringFilesTest {

    private static final Path DIR = Path.of("deploy", "monitoring");
    private static final Path DASHBOARD = DIR.resolve("grafana-dashboard.json");
    private static final Path RULES = DIR.resolve("alerts.yml");
    private static final Path RULE_TESTS = DIR.resolve("alerts-test.yml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Added by Prometheus at scrape time, so never in /q/metrics. */
    private static final Set<String> TARGET_LABELS = Set.of("job", "instance");


    @Test
    void everyMetricAndLabelInTheDashboardAndTheRulesIsExposed() {
        Scrape scrape = Scrape.of(metricsAfterEveryKindOfEvent());
        Map<String, List<String>> expressions = new LinkedHashMap<>();
        expressions.put(DASHBOARD.toString(), dashboardExpressions());
        expressions.put(RULES.toString(), ruleExpressions());

        List<String> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        expressions.forEach((file, list) -> list.forEach(expr -> {
            PromQl.Uses uses = PromQl.parse(expr);
            used.addAll(uses.metrics());
            uses.problems(scrape).forEach(problem -> problems.add(file + ": " + problem + " in: " + expr));
        }));

        assertThat(used).as("the names found in the files (a parser that finds nothing proves nothing)")
                .contains("magda_requests_total", "magda_request_duration_seconds_bucket", "magda_circuit_breaker_state",
                        "magda_bulkhead_in_flight", "magda_bulkhead_rejected_total",
                        "gateway_audit_write_duration_seconds_bucket", "gateway_audit_write_failures_total",
                        "gateway_audit_pending_rows", "gateway_audit_pending_oldest_seconds",
                        "gateway_rate_limited_total", "gateway_client_calls_in_flight");
        assertThat(problems).as("names in deploy/monitoring that /q/metrics does not expose").isEmpty();
    }

    @Test
    void theDashboardImportsWithAnyPrometheusDataSource() {
        JsonNode dashboard = read(JSON, DASHBOARD);
        assertThat(dashboard.path("uid").asText()).isEqualTo("magda-gateway");
        assertThat(stream(dashboard.path("templating").path("list")).map(v -> v.path("name").asText()))
                .contains("datasource", "job", "service");
        List<JsonNode> panels = allPanels(dashboard);
        assertThat(panels.stream().map(p -> p.path("id").asInt())).as("panel ids").doesNotHaveDuplicates();
        for (JsonNode panel : panels) {
            assertThat(panel.has("gridPos")).as("gridPos of %s", panel.path("title")).isTrue();
            for (JsonNode target : panel.path("targets")) {
                assertThat(panel.path("datasource").path("uid").asText()).as("data source of %s", panel.path("title"))
                        .isEqualTo("${datasource}");
                assertThat(target.path("expr").asText()).as("query of %s", panel.path("title")).isNotBlank();
            }
        }
        assertThat(panels.stream().map(p -> p.path("title").asText()))
                .as("the rate-limiting row is there, with its panels")
                .contains("Per-client rate limiting", "429 TOO_MANY_REQUESTS per second by client",
                        "MAGDA calls in flight per client");
    }

    @Test
    void everyAlertHasAFiringAndAQuietUnitTest() {
        Set<String> alerts = stream(read(YAML, RULES).path("groups")).flatMap(g -> stream(g.path("rules")))
                .map(rule -> rule.path("alert").asText()).collect(Collectors.toCollection(LinkedHashSet::new));
        List<JsonNode> cases = stream(read(YAML, RULE_TESTS).path("tests"))
                .flatMap(test -> stream(test.path("alert_rule_test"))).toList();
        for (String alert : alerts) {
            assertThat(cases).as("a firing case of %s", alert).anyMatch(c -> c.path("alertname").asText().equals(alert)
                    && c.path("exp_alerts").size() > 0);
            assertThat(cases).as("a quiet case of %s", alert).anyMatch(c -> c.path("alertname").asText().equals(alert)
                    && c.path("exp_alerts").isEmpty());
        }
    }

    @Test
    void theRulesPassPromtoolCheck() {
        promtool("check", "rules", RULES.toString());
    }

    @Test
    void theRulesPassTheirPromtoolUnitTests() {
        promtool("test", "rules", RULE_TESTS.toString());
    }

    /** promtool has no query linter; each dashboard query, with Grafana's variables filled in, as a rule does. */
    @Test
    void theDashboardQueriesAreValidPromQl() throws IOException {
        ObjectNode file = YAML.createObjectNode();
        ArrayNode rules = file.putArray("groups").addObject().put("name", "dashboard").putArray("rules");
        List<String> expressions = dashboardExpressions();
        for (int i = 0; i < expressions.size(); i++) {
            if (!expressions.get(i).startsWith("label_values(")) {
                rules.addObject().put("record", "dashboard:query" + i).put("expr", withGrafanaVariables(expressions.get(i)));
            }
        }
        Path generated = Files.createTempFile("dashboard-queries", ".yml");
        try {
            YAML.writeValue(generated.toFile(), file);
            promtool("check", "rules", generated.toString());
        } finally {
            Files.deleteIfExists(generated);
        }
    }

    /** Grafana's interval variables become durations; $job/$service sit in regular expressions and stay. */
    private static String withGrafanaVariables(String expr) {
        return expr.replace("$__rate_interval", "5m").replace("$__range", "1h").replace("$__interval", "1m");
    }

    /**
     * /q/metrics after one lookup (the request timers and counters exist from their first call); the failure
     * counters (audit write failures, bulkhead refusals, answer mismatches) exist at zero from start-up, so that an
     * alert on their increase sees the very first failure; the per-client ones from a client's first call.
     */
    private String metricsAfterEveryKindOfEvent() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static List<String> dashboardExpressions() {
        JsonNode dashboard = read(JSON, DASHBOARD);
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : allPanels(dashboard)) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (variable.path("type").asText().equals("query")) {
                JsonNode query = variable.path("query");
                expressions.add(query.isTextual() ? query.asText() : query.path("query").asText());
            }
        }
        return expressions;
    }

    private static List<String> ruleExpressions() {
        return stream(read(YAML, RULES).path("groups")).flatMap(group -> stream(group.path("rules")))
                .map(rule -> rule.path("expr").asText()).toList();
    }

    /** Panels at the top and inside (collapsed) rows. */
    private static List<JsonNode> allPanels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " does not parse", e);
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    /** Runs promtool and fails with its output unless it succeeds; skipped where promtool is not installed. */
    private static void promtool(String... arguments) {
        Optional<Path> promtool = onPath("promtool");
        Assumptions.assumeTrue(promtool.isPresent(),
                "promtool is not on the PATH: skipped (Debian package 'prometheus'; .ci/run installs it)");
        List<String> command = new ArrayList<>(List.of(promtool.get().toString()));
        command.addAll(Arrays.asList(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
            assertThat(process.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }

    /** The series names in a Prometheus text exposition, their label names, and each family's type. */
    record Scrape(Map<String, Set<String>> labels, Map<String, String> types) {

        private static final Pattern SAMPLE = Pattern.compile(
                "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[^\"}]|\"(?:\\\\.|[^\"\\\\])*\")*)\\})?\\s");
        private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");

        static Scrape of(String exposition) {
            Map<String, Set<String>> labels = new HashMap<>();
            Map<String, String> types = new HashMap<>();
            for (String line : exposition.split("\n")) {
                if (line.startsWith("# TYPE ")) {
                    String[] parts = line.split(" ");
                    types.put(parts[2], parts[3]);
                    continue;
                }
                Matcher sample = SAMPLE.matcher(line);
                if (!line.startsWith("#") && sample.find()) {
                    Set<String> names = labels.computeIfAbsent(sample.group(1), name -> new HashSet<>());
                    Matcher label = LABEL.matcher(sample.group(3) == null ? "" : sample.group(3));
                    while (label.find()) {
                        names.add(label.group(1));
                    }
                }
            }
            return new Scrape(labels, types);
        }

        /** Null when exposed; otherwise why not. */
        String problemWith(String metric) {
            if (!labels.containsKey(metric)) {
                return "metric " + metric + " is not exposed";
            }
            // A histogram's series are name_bucket/_count/_sum; a summary has no buckets for histogram_quantile.
            for (String suffix : List.of("_bucket", "_count", "_sum")) {
                String family = metric.substring(0, metric.length() - suffix.length());
                if (metric.endsWith(suffix) && types.containsKey(family)) {
                    String type = types.get(family);
                    boolean fits = type.equals("histogram") || (type.equals("summary") && !suffix.equals("_bucket"));
                    return fits ? null : metric + " is used as a histogram series, but " + family + " is a " + type;
                }
            }
            return null;
        }

        boolean hasLabel(String metric, String label) {
            return TARGET_LABELS.contains(label) || labels.getOrDefault(metric, Set.of()).contains(label);
        }
    }

    /** The metric and label names one PromQL expression (or Grafana {@code label_values} query) uses. */
    static final class PromQl {

        private static final Set<String> KEYWORDS = Set.of("sum", "min", "max", "avg", "count", "group", "stddev",
                "stdvar", "topk", "bottomk", "quantile", "count_values", "and", "or", "unless", "bool", "offset", "by",
                "without", "on", "ignoring", "group_left", "group_right", "inf", "nan");
        private static final Pattern TOKEN = Pattern.compile(
                "(?<clause>\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\((?<labels>[^)]*)\\))"
                        + "|(?<selector>\\{(?<matchers>(?:[^\"}]|\"(?:\\\\.|[^\"\\\\])*\")*)\\})"
                        + "|(?<range>\\[[^\\]]*\\])"
                        + "|(?<string>\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*')"
                        + "|(?<number>(?<![a-zA-Z_:])\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[smhdwy]?)"
                        + "|(?<ident>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\\s*\\()?");
        private static final Pattern MATCHER = Pattern.compile(
                "([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:\\\\.|[^\"\\\\])*)\"");
        private static final Pattern LABEL_VALUES = Pattern.compile("^label_values\\((?:(.*),)?\\s*(\\w+)\\s*\\)$");
        /** What magda_requests_total's outcome label can say: SUCCESS, a contract code, or the caller hung up. */
        private static final Set<String> OUTCOMES = Stream.concat(Stream.of("SUCCESS", "CLIENT_CLOSED"),
                Stream.of(ErrorCode.values()).map(Enum::name)).collect(Collectors.toSet());

        /** A label matcher written after a metric name. */
        record Selector(String metric, String label, String operator, String value) {
        }

        record Uses(Set<String> metrics, Set<String> groupingLabels, List<Selector> selectors) {

            List<String> problems(Scrape scrape) {
                List<String> problems = new ArrayList<>();
                metrics.stream().map(scrape::problemWith).filter(p -> p != null).forEach(problems::add);
                for (Selector s : selectors) {
                    if (!scrape.hasLabel(s.metric(), s.label())) {
                        problems.add(s.metric() + " has no label " + s.label());
                    } else if (s.metric().equals("magda_requests_total") && s.label().equals("outcome")
                            && !s.value().contains("$") && OUTCOMES.stream().noneMatch(o -> matches(s, o))) {
                        problems.add("no outcome of magda_requests_total matches " + s.operator() + "\"" + s.value() + "\"");
                    }
                }
                for (String label : groupingLabels) {
                    if (metrics.stream().noneMatch(metric -> scrape.hasLabel(metric, label))) {
                        problems.add("no metric of the expression has the label " + label);
                    }
                }
                return problems;
            }

            private static boolean matches(Selector s, String outcome) {
                return switch (s.operator()) {
                    case "=" -> outcome.equals(s.value());
                    case "=~" -> outcome.matches(s.value());
                    default -> true; // a negative matcher says nothing about which values exist
                };
            }
        }

        static Uses parse(String expression) {
            Set<String> metrics = new LinkedHashSet<>();
            Set<String> grouping = new LinkedHashSet<>();
            List<Selector> selectors = new ArrayList<>();
            String expr = expression.strip();
            Matcher labelValues = LABEL_VALUES.matcher(expr);
            if (labelValues.matches()) {
                grouping.add(labelValues.group(2));
                expr = labelValues.group(1) == null ? "" : labelValues.group(1);
            }
            Matcher token = TOKEN.matcher(expr);
            String lastMetric = null;
            int lastMetricEnd = -1;
            while (token.find()) {
                if (token.group("clause") != null) {
                    Stream.of(token.group("labels").split(",")).map(String::strip).filter(l -> !l.isEmpty())
                            .forEach(grouping::add);
                } else if (token.group("selector") != null) {
                    boolean attached = lastMetric != null && expr.substring(lastMetricEnd, token.start()).isBlank();
                    Matcher m = MATCHER.matcher(token.group("matchers"));
                    while (m.find() && attached) {
                        selectors.add(new Selector(lastMetric, m.group(1), m.group(2), m.group(3)));
                    }
                } else if (token.group("ident") != null && token.group("call") == null
                        && !KEYWORDS.contains(token.group("ident").toLowerCase())) {
                    lastMetric = token.group("ident");
                    lastMetricEnd = token.end();
                    metrics.add(lastMetric);
                }
            }
            return new Uses(metrics, grouping, selectors);
        }
    }
}
