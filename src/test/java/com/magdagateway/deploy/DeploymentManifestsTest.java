package com.magdagateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Static checks of the deployment artefacts: the Kubernetes manifests under {@code deploy/kubernetes} and the GitHub
 * Actions workflows under {@code .github/workflows}. Plain JUnit (no Quarkus, no cluster): every YAML document is
 * parsed with Jackson and the properties that matter in production are asserted, so a broken manifest (a probe path,
 * a missing variable, a dangling Secret reference) fails the build.
 */
class DeploymentManifestsTest {

    static final Path KUBERNETES = Path.of("deploy", "kubernetes");
    static final Path WORKFLOWS = Path.of(".github", "workflows");

    static final String IMAGE = "registry.example/magda-gateway:1.0.0";
    static final int HTTP_PORT = 8080;
    /** Quarkus's management interface: probes and metrics, never in the Service. */
    static final int MANAGEMENT_PORT = 9000;
    static final String TLS_DIR = "/etc/magda-gateway/tls";

    /** The contract's configuration variables (docs/contract.md, README "Configuration"). */
    static final List<String> CONTRACT_VARIABLES = List.of("MAGDA_URL", "MAGDA_CLIENT_ID", "MAGDA_CAPACITY",
            "MAGDA_TIMEOUT", "DB_URL", "DB_USER", "DB_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES", "GATEWAY_ALLOW_TEST_NUMBERS", "QUARKUS_HTTP_PORT",
            "QUARKUS_MANAGEMENT_PORT", "OTEL_EXPORTER_OTLP_ENDPOINT");
    /** Variables that must never sit in a ConfigMap or in plain text. */
    static final List<String> SECRET_VARIABLES = List.of("DB_USER", "DB_PASSWORD", "MAGDA_TLS_KEYSTORE_PASSWORD",
            "MAGDA_TLS_TRUSTSTORE_PASSWORD", "MAGDA_WSS_KEYSTORE_PASSWORD", "MAGDA_WSS_KEY_ALIAS");
    /** Key material files for MAGDA mutual TLS and WS-Security, mounted from a Secret. */
    static final List<String> MAGDA_KEY_FILE_VARIABLES = List.of("MAGDA_TLS_KEYSTORE", "MAGDA_TLS_TRUSTSTORE",
            "MAGDA_WSS_KEYSTORE");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One parsed YAML document and the file it came from. */
    record Doc(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return kind() + "/" + name() + " (" + file + ")";
        }

        Doc copy() {
            return new Doc(file, node.deepCopy());
        }
    }

    static List<Doc> manifests;
    static List<Doc> workflows;

    @BeforeAll
    static void parseEveryDocument() throws IOException {
        manifests = readAll(KUBERNETES);
        workflows = readAll(WORKFLOWS);
        assertThat(manifests).as("YAML documents under %s", KUBERNETES).isNotEmpty();
        assertThat(workflows).as("YAML documents under %s", WORKFLOWS).isNotEmpty();
    }

    static List<Doc> readAll(Path dir) throws IOException {
        assertThat(dir).as("run from the project directory").isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path file : files) {
            try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                while (it.hasNext()) {
                    JsonNode node = it.next();
                    if (node == null || node.isNull() || node.isMissingNode()) {
                        continue; // an empty document, e.g. after a trailing "---"
                    }
                    assertThat(node.isObject()).as("%s: every document is a mapping", file).isTrue();
                    docs.add(new Doc(file, node));
                }
            }
        }
        return docs;
    }

    // ---------------------------------------------------------------- Kubernetes: the tests

    @Test
    void everyManifestIsANamedNamespaceAgnosticObject() {
        checkIdentity(manifests);
    }

    @Test
    void deploymentRollsOutWithoutDowntime() {
        checkRollout(manifests);
    }

    @Test
    void containerRunsTheImageAsNonRootOnAReadOnlyFilesystem() {
        checkSecurity(manifests);
    }

    @Test
    void probesUseTheQuarkusHealthEndpointsOnTheManagementPort() {
        checkProbes(manifests);
    }

    @Test
    void resourceRequestsAndLimitsAreSet() {
        checkResources(manifests);
    }

    @Test
    void everyContractVariableReachesTheContainer() {
        checkEnvironment(manifests);
    }

    @Test
    void configMapAndSecretReferencesPointToDefinedObjectsAndKeys() {
        checkReferences(manifests);
    }

    @Test
    void magdaKeyMaterialIsMountedFromASecret() {
        checkMagdaKeyMaterial(manifests);
    }

    @Test
    void secretsHoldOnlyPlaceholdersAndConfigMapsOnlyStrings() {
        checkSecretsAndConfigMaps(manifests);
    }

    @Test
    void serviceExposesPort80ToTheGatewayPods() {
        checkService(manifests);
    }

    @Test
    void autoscalerAndDisruptionBudgetTargetTheDeployment() {
        checkAutoscalerAndBudget(manifests);
    }

    @Test
    void podsAreScrapedByPrometheus() {
        checkPrometheus(manifests);
    }

    @Test
    void aNetworkPolicyKeepsTheManagementPortPrivate() {
        checkNetworkPolicy(manifests);
    }

    @Test
    void theImageMatchesWhatWsSecurityCanRunOn() throws IOException {
        checkImageMatchesWsSecurity(manifests, Files.readString(Path.of("pom.xml")));
    }

    /** The checks themselves must notice a broken manifest; otherwise a green run proves nothing. */
    @Test
    void checksFailWhenAManifestBreaks() {
        assertBroken(this::checkProbes, deployment -> container(deployment)
                .withObject("/livenessProbe/httpGet").put("path", "/q/health"));
        assertBroken(this::checkProbes, deployment -> container(deployment)
                .withObject("/readinessProbe/httpGet").put("port", 9090));
        assertBroken(this::checkProbes, deployment -> container(deployment)
                .withObject("/livenessProbe/httpGet").put("port", "http"));
        assertBroken(this::checkPrometheus, deployment -> ((ObjectNode) deployment.node()
                .at("/spec/template/metadata/annotations")).put("prometheus.io/port", "8080"));
        assertBroken(docs -> checkImageMatchesWsSecurity(docs, PLAIN_CXF_WSS), deployment -> container(deployment)
                .putArray("args").add("-Xmx160m"));
        assertBroken(docs -> checkImageMatchesWsSecurity(docs, PLAIN_CXF_WSS), deployment -> ((ObjectNode) deployment
                .node().at("/spec/template/spec/securityContext")).put("runAsUser", 1001));
        assertBroken(this::checkEnvironment, deployment -> removeEnv(deployment, "MP_JWT_VERIFY_ISSUER"));
        assertBroken(this::checkReferences, deployment -> envEntry(deployment, "DB_PASSWORD")
                .withObject("/valueFrom/secretKeyRef").put("name", "magda-gateway-db"));
        assertBroken(this::checkResources, deployment -> container(deployment)
                .withObject("/resources").remove("limits"));
        assertBroken(this::checkSecurity, deployment -> container(deployment)
                .withObject("/securityContext").put("readOnlyRootFilesystem", false));
        assertBroken(this::checkAutoscalerAndBudget, deployment -> ((ObjectNode) deployment.node().get("metadata"))
                .put("name", "renamed-gateway"));
    }

    // ---------------------------------------------------------------- Kubernetes: the checks

    void checkIdentity(List<Doc> docs) {
        Set<String> seen = new HashSet<>();
        for (Doc doc : docs) {
            assertThat(text(doc.node(), "apiVersion")).as("%s: apiVersion", doc.file()).isNotBlank();
            assertThat(text(doc.node(), "kind")).as("%s: kind", doc.file()).isNotBlank();
            assertThat(text(doc.node().path("metadata"), "name")).as("%s: metadata.name", doc).isNotBlank();
            assertThat(doc.node().path("metadata").has("namespace"))
                    .as("%s: namespace-agnostic (no metadata.namespace)", doc).isFalse();
            assertThat(seen.add(doc.kind() + "/" + doc.name())).as("%s defined once", doc).isTrue();
        }
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "ConfigMap")) {
            assertThat(ofKind(docs, kind)).as("exactly one %s", kind).hasSize(1);
        }
        assertThat(ofKind(docs, "Secret")).as("Secrets").isNotEmpty();
    }

    void checkRollout(List<Doc> docs) {
        JsonNode spec = deployment(docs).node().path("spec");
        assertThat(spec.path("replicas").asInt()).as("replicas").isEqualTo(3);
        assertThat(spec.at("/strategy/type").asText()).as("strategy").isEqualTo("RollingUpdate");
        assertThat(spec.at("/strategy/rollingUpdate/maxUnavailable").asText()).as("maxUnavailable").isEqualTo("0");
        assertThat(podLabels(docs)).as("pod template labels contain the selector")
                .containsAllEntriesOf(map(spec.at("/selector/matchLabels")));
    }

    void checkSecurity(List<Doc> docs) {
        JsonNode pod = podSpec(docs);
        JsonNode c = container(docs);
        assertThat(text(c, "image")).as("image").isEqualTo(IMAGE);
        boolean nonRoot = c.at("/securityContext/runAsNonRoot").asBoolean(false)
                || pod.at("/securityContext/runAsNonRoot").asBoolean(false);
        assertThat(nonRoot).as("runAsNonRoot").isTrue();
        for (JsonNode ctx : List.of(pod.path("securityContext"), c.path("securityContext"))) {
            if (ctx.has("runAsUser")) {
                assertThat(ctx.get("runAsUser").asInt()).as("runAsUser").isNotZero();
            }
        }
        assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean(false)).as("readOnlyRootFilesystem")
                .isTrue();
        assertThat(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as("allowPrivilegeEscalation")
                .isFalse();
        JsonNode tmp = volumeMountedAt(docs, "/tmp")
                .orElseGet(() -> fail("/tmp must be mounted (the root filesystem is read-only)"));
        assertThat(tmp.has("emptyDir")).as("/tmp is an emptyDir").isTrue();
    }

    void checkProbes(List<Doc> docs) {
        JsonNode c = container(docs);
        assertProbe(c, "livenessProbe", "/q/health/live");
        assertProbe(c, "readinessProbe", "/q/health/ready");
        assertThat(c.has("startupProbe")).as("startupProbe").isTrue();
        assertThat(c.at("/startupProbe/httpGet/path").asText()).as("startupProbe path")
                .isIn("/q/health/started", "/q/health/live");
        assertThat(resolvePort(c, c.at("/startupProbe/httpGet/port"))).as("startupProbe port")
                .isEqualTo(MANAGEMENT_PORT);
        // /q/health/ready runs the database check with its own 2 s timeout: the probe must wait longer.
        assertThat(c.at("/readinessProbe/timeoutSeconds").asInt(1)).as("readinessProbe timeoutSeconds")
                .isGreaterThan(2);
    }

    void assertProbe(JsonNode container, String probe, String path) {
        JsonNode get = container.path(probe).path("httpGet");
        assertThat(get.isObject()).as("%s is an httpGet probe", probe).isTrue();
        assertThat(get.path("path").asText()).as("%s path", probe).isEqualTo(path);
        assertThat(resolvePort(container, get.path("port"))).as("%s port", probe).isEqualTo(MANAGEMENT_PORT);
    }

    void checkResources(List<Doc> docs) {
        JsonNode resources = container(docs).path("resources");
        for (String resource : List.of("cpu", "memory")) {
            String request = resources.at("/requests/" + resource).asText("");
            String limit = resources.at("/limits/" + resource).asText("");
            assertThat(request).as("requests.%s", resource).isNotBlank();
            assertThat(limit).as("limits.%s", resource).isNotBlank();
            assertThat(quantity(request)).as("requests.%s <= limits.%s", resource, resource)
                    .isLessThanOrEqualTo(quantity(limit));
        }
    }

    void checkEnvironment(List<Doc> docs) {
        Map<String, Source> env = environment(docs);
        for (String variable : CONTRACT_VARIABLES) {
            assertThat(env).as("contract variable %s is set on the container", variable).containsKey(variable);
            assertThat(env.get(variable).kind()).as("%s comes from a ConfigMap or a Secret", variable)
                    .isIn("ConfigMap", "Secret");
        }
        for (String variable : SECRET_VARIABLES) {
            assertThat(env).as("%s is set on the container", variable).containsKey(variable);
            assertThat(env.get(variable).kind()).as("%s comes from a Secret", variable).isEqualTo("Secret");
        }
        for (String variable : MAGDA_KEY_FILE_VARIABLES) {
            assertThat(env).as("%s is set on the container", variable).containsKey(variable);
        }
        assertThat(resolve(docs, env.get("GATEWAY_ALLOW_TEST_NUMBERS"))).as("GATEWAY_ALLOW_TEST_NUMBERS")
                .contains("false");
        assertThat(resolve(docs, env.get("QUARKUS_HTTP_PORT"))).as("QUARKUS_HTTP_PORT = the container port")
                .contains(String.valueOf(HTTP_PORT));
        assertThat(resolve(docs, env.get("QUARKUS_MANAGEMENT_PORT"))).as("QUARKUS_MANAGEMENT_PORT = the management port")
                .contains(String.valueOf(MANAGEMENT_PORT));
        assertThat(resolve(docs, env.get("MP_JWT_VERIFY_AUDIENCES"))).as("MP_JWT_VERIFY_AUDIENCES")
                .hasValueSatisfying(v -> assertThat(v).isNotBlank());
        assertThat(namedPorts(container(docs)).values()).as("containerPort").contains(HTTP_PORT, MANAGEMENT_PORT);
        for (String variable : List.of("GATEWAY_RATE_LIMIT_RPS", "GATEWAY_RATE_LIMIT_BURST", "GATEWAY_RATE_LIMIT_CONCURRENT")) {
            assertThat(resolve(docs, env.get(variable))).as("fair-share default %s is a positive whole number", variable)
                    .hasValueSatisfying(v -> assertThat(v).matches("[1-9][0-9]*"));
        }
    }

    void checkReferences(List<Doc> docs) {
        JsonNode pod = podSpec(docs);
        for (JsonNode c : iterable(pod.path("containers"))) {
            for (JsonNode entry : iterable(c.path("env"))) {
                String variable = entry.path("name").asText();
                for (String refKind : List.of("configMapKeyRef", "secretKeyRef")) {
                    JsonNode ref = entry.path("valueFrom").path(refKind);
                    if (ref.isObject()) {
                        String kind = refKind.equals("secretKeyRef") ? "Secret" : "ConfigMap";
                        Doc target = find(docs, kind, ref.path("name").asText())
                                .orElseGet(() -> fail("%s refers to %s/%s, which is not defined in %s", variable,
                                        kind, ref.path("name").asText(), KUBERNETES));
                        assertThat(keys(target.node())).as("%s refers to key %s of %s", variable,
                                ref.path("key").asText(), target).contains(ref.path("key").asText());
                    }
                }
            }
            for (JsonNode from : iterable(c.path("envFrom"))) {
                for (String refKind : List.of("configMapRef", "secretRef")) {
                    JsonNode ref = from.path(refKind);
                    if (ref.isObject()) {
                        String kind = refKind.equals("secretRef") ? "Secret" : "ConfigMap";
                        assertThat(find(docs, kind, ref.path("name").asText()))
                                .as("envFrom %s/%s is defined", kind, ref.path("name").asText()).isPresent();
                    }
                }
            }
        }
        for (JsonNode volume : iterable(pod.path("volumes"))) {
            if (volume.has("secret")) {
                assertThat(find(docs, "Secret", volume.at("/secret/secretName").asText()))
                        .as("volume %s: Secret is defined", volume.path("name").asText()).isPresent();
            }
            if (volume.has("configMap")) {
                assertThat(find(docs, "ConfigMap", volume.at("/configMap/name").asText()))
                        .as("volume %s: ConfigMap is defined", volume.path("name").asText()).isPresent();
            }
        }
    }

    void checkMagdaKeyMaterial(List<Doc> docs) {
        JsonNode volume = volumeMountedAt(docs, TLS_DIR)
                .orElseGet(() -> fail("MAGDA key material must be mounted at " + TLS_DIR));
        assertThat(volume.has("secret")).as("%s is mounted from a Secret", TLS_DIR).isTrue();
        Doc secret = find(docs, "Secret", volume.at("/secret/secretName").asText()).orElseThrow();
        Map<String, Source> env = environment(docs);
        for (String variable : MAGDA_KEY_FILE_VARIABLES) {
            String path = resolve(docs, env.get(variable)).orElse("");
            assertThat(path).as("%s is a file under %s", variable, TLS_DIR).startsWith(TLS_DIR + "/");
            assertThat(keys(secret.node())).as("%s names a file of %s", variable, secret)
                    .contains(path.substring(TLS_DIR.length() + 1));
        }
    }

    void checkSecretsAndConfigMaps(List<Doc> docs) {
        for (Doc secret : ofKind(docs, "Secret")) {
            assertThat(secret.node().has("data"))
                    .as("%s: placeholders in stringData only (base64 \"data\" could hide real keys)", secret)
                    .isFalse();
            for (Map.Entry<String, JsonNode> e : fields(secret.node().path("stringData"))) {
                assertThat(e.getValue().asText()).as("%s: %s is a placeholder", secret, e.getKey())
                        .startsWith("CHANGE_ME").doesNotContain("PRIVATE KEY").doesNotContain("BEGIN ");
            }
        }
        for (Doc configMap : ofKind(docs, "ConfigMap")) {
            for (Map.Entry<String, JsonNode> e : fields(configMap.node().path("data"))) {
                assertThat(e.getValue().isTextual()).as("%s: %s is a quoted string", configMap, e.getKey()).isTrue();
            }
        }
    }

    void checkService(List<Doc> docs) {
        Doc service = single(docs, "Service");
        JsonNode spec = service.node().path("spec");
        assertThat(spec.path("type").asText("ClusterIP")).as("Service type").isEqualTo("ClusterIP");
        assertThat(podLabels(docs)).as("Service selector matches the pods")
                .containsAllEntriesOf(map(spec.path("selector")));
        JsonNode port = StreamSupport.stream(spec.path("ports").spliterator(), false)
                .filter(p -> p.path("port").asInt() == 80).findFirst()
                .orElseGet(() -> fail("the Service listens on port 80"));
        assertThat(resolvePort(container(docs), port.path("targetPort"))).as("targetPort").isEqualTo(HTTP_PORT);
        for (JsonNode p : iterable(spec.path("ports"))) {
            assertThat(resolvePort(container(docs), p.path("targetPort").isMissingNode() ? p.path("port")
                    : p.path("targetPort"))).as("the Service never exposes the management port")
                    .isNotEqualTo(MANAGEMENT_PORT);
        }
    }

    void checkAutoscalerAndBudget(List<Doc> docs) {
        Doc deployment = deployment(docs);
        Doc hpa = single(docs, "HorizontalPodAutoscaler");
        assertThat(hpa.node().path("apiVersion").asText()).as("HPA apiVersion").isEqualTo("autoscaling/v2");
        JsonNode spec = hpa.node().path("spec");
        assertThat(spec.at("/scaleTargetRef/kind").asText()).as("HPA target kind").isEqualTo("Deployment");
        assertThat(spec.at("/scaleTargetRef/apiVersion").asText()).as("HPA target apiVersion").isEqualTo("apps/v1");
        assertThat(spec.at("/scaleTargetRef/name").asText()).as("HPA targets the Deployment by name")
                .isEqualTo(deployment.name());
        assertThat(spec.path("minReplicas").asInt()).as("minReplicas").isEqualTo(3);
        assertThat(spec.path("maxReplicas").asInt()).as("maxReplicas").isEqualTo(10);
        JsonNode cpu = StreamSupport.stream(spec.path("metrics").spliterator(), false)
                .filter(m -> m.at("/resource/name").asText().equals("cpu")).findFirst()
                .orElseGet(() -> fail("the HPA scales on CPU"));
        assertThat(cpu.at("/resource/target/type").asText()).isEqualTo("Utilization");
        assertThat(cpu.at("/resource/target/averageUtilization").asInt()).as("CPU target").isEqualTo(70);

        Doc pdb = single(docs, "PodDisruptionBudget");
        assertThat(pdb.node().at("/spec/minAvailable").asInt()).as("PDB minAvailable").isEqualTo(2);
        assertThat(podLabels(docs)).as("PDB selector matches the pods")
                .containsAllEntriesOf(map(pdb.node().at("/spec/selector/matchLabels")));
        assertThat(pdb.node().at("/spec/minAvailable").asInt()).as("PDB leaves room for a drain at minReplicas")
                .isLessThan(spec.path("minReplicas").asInt());
    }

    void checkPrometheus(List<Doc> docs) {
        JsonNode annotations = deployment(docs).node().at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/scrape").asText()).as("prometheus.io/scrape").isEqualTo("true");
        assertThat(annotations.path("prometheus.io/path").asText()).as("prometheus.io/path").isEqualTo("/q/metrics");
        assertThat(annotations.path("prometheus.io/port").asText()).as("prometheus.io/port")
                .isEqualTo(String.valueOf(MANAGEMENT_PORT));
    }

    void checkNetworkPolicy(List<Doc> docs) {
        Doc policy = single(docs, "NetworkPolicy");
        JsonNode spec = policy.node().path("spec");
        assertThat(podLabels(docs)).as("NetworkPolicy selects the gateway pods")
                .containsAllEntriesOf(map(spec.at("/podSelector/matchLabels")));
        assertThat(iterable(spec.path("policyTypes")).stream().map(JsonNode::asText)).as("policyTypes")
                .contains("Ingress", "Egress");
        assertThat(iterable(spec.path("egress")).stream().flatMap(rule -> iterable(rule.path("ports")).stream()))
                .as("egress to the OTLP collector (OTEL_EXPORTER_OTLP_ENDPOINT)")
                .anyMatch(p -> p.path("port").asInt() == 4317);
        JsonNode c = container(docs);
        List<JsonNode> rules = iterable(spec.path("ingress"));
        assertThat(rules).as("every ingress rule names its ports").allMatch(r -> r.path("ports").size() > 0);
        assertThat(rules).as("the public port is reachable").anyMatch(r -> iterable(r.path("ports")).stream()
                .anyMatch(p -> resolvePort(c, p.path("port")) == HTTP_PORT));
        for (JsonNode rule : rules) {
            boolean management = iterable(rule.path("ports")).stream()
                    .anyMatch(p -> resolvePort(c, p.path("port")) == MANAGEMENT_PORT);
            if (management) {
                List<JsonNode> from = iterable(rule.path("from"));
                assertThat(from).as("the management port is open to named peers only").isNotEmpty()
                        .allMatch(peer -> peer.path("namespaceSelector").path("matchLabels").size() > 0
                                || peer.path("podSelector").path("matchLabels").size() > 0);
            }
        }
    }

    /** CXF's plain WS-Security module (not the Quarkus extension) carries no native-image registrations. */
    static final String PLAIN_CXF_WSS = "<artifactId>cxf-rt-ws-security</artifactId>";

    void checkImageMatchesWsSecurity(List<Doc> docs, String pom) {
        if (!pom.contains(PLAIN_CXF_WSS)) {
            return; // the Quarkus extension is in: either image works
        }
        JsonNode pod = podSpec(docs);
        JsonNode c = container(docs);
        assertThat(pod.at("/securityContext/runAsUser").asInt()).as("the JVM image's user (ubi9/openjdk-17)")
                .isEqualTo(185);
        assertThat(c.has("args")).as("no native-image arguments (-Xmx) for the JVM image").isFalse();
        assertThat(quantity(c.at("/resources/limits/memory").asText("0"))).as("JVM memory limit")
                .isGreaterThanOrEqualTo(quantity("512Mi"));
        assertThat(c.at("/startupProbe/failureThreshold").asInt() * c.at("/startupProbe/periodSeconds").asInt(10))
                .as("startup budget for the JVM (seconds)").isGreaterThanOrEqualTo(120);
    }

    // ---------------------------------------------------------------- GitHub Actions

    @Test
    void everyWorkflowHasJobsWithSteps() {
        for (Doc workflow : workflows) {
            JsonNode node = workflow.node();
            assertThat(node.has("on")).as("%s: trigger (on)", workflow.file()).isTrue();
            assertThat(fields(node.path("jobs"))).as("%s: jobs", workflow.file()).isNotEmpty();
            for (Map.Entry<String, JsonNode> job : fields(node.path("jobs"))) {
                assertThat(job.getValue().path("runs-on").asText()).as("job %s: runs-on", job.getKey()).isNotBlank();
                assertThat(job.getValue().path("steps").size()).as("job %s: steps", job.getKey()).isPositive();
                for (JsonNode step : iterable(job.getValue().path("steps"))) {
                    assertThat(step.has("run") || step.has("uses")).as("job %s: every step runs or uses something",
                            job.getKey()).isTrue();
                }
            }
        }
    }

    @Test
    void nativeJobBuildsTheExecutableInMandrelAndTheMicroImage() {
        Map.Entry<String, JsonNode> job = jobWithRun("-Dnative")
                .orElseGet(() -> fail("a workflow step runs the native build (-Dnative)"));
        String build = runs(job.getValue()).filter(r -> r.contains("-Dnative")).findFirst().orElseThrow();
        assertThat(build).contains("./mvnw").contains("verify").contains("-Dquarkus.native.container-build=true")
                .containsPattern("-Dquarkus\\.native\\.builder-image=quay\\.io/quarkus/[\\w.-]*mandrel[\\w.-]*:jdk-");
        String image = runs(job.getValue()).filter(r -> r.contains("docker build")).findFirst()
                .orElseGet(() -> fail("the native job builds the container image"));
        assertThat(image).contains("src/main/docker/Dockerfile.native-micro");
        assertThat(Path.of("src/main/docker/Dockerfile.native-micro")).exists();
        assertThat(runs(job.getValue())).as("the image is not pushed")
                .noneMatch(r -> r.contains("docker push") || r.contains("--push"));
        assertThat(indexOfRun(job.getValue(), "docker build")).as("the image is built after the executable")
                .isGreaterThan(indexOfRun(job.getValue(), "-Dnative"));
        assertJavaAndPostgres(job);
    }

    @Test
    void jvmJobRunsTheCiScriptAgainstPostgres() {
        Map.Entry<String, JsonNode> job = workflowJobs().filter(j -> j.getKey().equals("jvm")).findFirst()
                .orElseGet(() -> fail("a workflow job named jvm"));
        assertThat(job.getValue().path("runs-on").asText()).isEqualTo("ubuntu-latest");
        assertThat(runs(job.getValue())).as("job jvm runs bash .ci/run").anyMatch(r -> r.contains("bash .ci/run"));
        assertThat(Path.of(".ci/run")).exists();
        assertJavaAndPostgres(job);
    }

    void assertJavaAndPostgres(Map.Entry<String, JsonNode> job) {
        JsonNode java = StreamSupport.stream(job.getValue().path("steps").spliterator(), false)
                .filter(s -> s.path("uses").asText().startsWith("actions/setup-java@")).findFirst()
                .orElseGet(() -> fail("job %s sets up Java", job.getKey()));
        assertThat(java.at("/with/distribution").asText()).as("job %s: Temurin", job.getKey()).isEqualTo("temurin");
        assertThat(java.at("/with/java-version").asText()).as("job %s: Java 17", job.getKey()).isEqualTo("17");
        assertThat(java.at("/with/cache").asText()).as("job %s: Maven cache", job.getKey()).isEqualTo("maven");

        JsonNode postgres = StreamSupport.stream(job.getValue().path("services").spliterator(), false)
                .filter(s -> s.path("image").asText().equals("postgres:15")).findFirst()
                .orElseGet(() -> fail("job %s has a postgres:15 service", job.getKey()));
        assertThat(iterable(postgres.path("ports"))).as("job %s: PostgreSQL on 5432", job.getKey())
                .anyMatch(p -> p.asText().equals("5432:5432"));
        assertThat(postgres.at("/env/POSTGRES_DB").asText()).as("job %s: database test", job.getKey())
                .isEqualTo("test");
        assertThat(postgres.at("/env/POSTGRES_HOST_AUTH_METHOD").asText().equals("trust")
                || postgres.at("/env/POSTGRES_PASSWORD").isTextual())
                .as("job %s: trust or a password (the postgres image refuses to start otherwise)", job.getKey())
                .isTrue();
        assertThat(jobEnv(job).get("DB_URL")).as("job %s: DB_URL", job.getKey())
                .isEqualTo("postgresql://localhost:5432/test");
    }

    Stream<Map.Entry<String, JsonNode>> workflowJobs() {
        return workflows.stream().flatMap(w -> fields(w.node().path("jobs")).stream());
    }

    Optional<Map.Entry<String, JsonNode>> jobWithRun(String fragment) {
        return workflowJobs().filter(j -> runs(j.getValue()).anyMatch(r -> r.contains(fragment))).findFirst();
    }

    static Stream<String> runs(JsonNode job) {
        return StreamSupport.stream(job.path("steps").spliterator(), false).map(s -> s.path("run").asText(""))
                .filter(r -> !r.isEmpty());
    }

    static int indexOfRun(JsonNode job, String fragment) {
        List<JsonNode> steps = iterable(job.path("steps"));
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).path("run").asText("").contains(fragment)) {
                return i;
            }
        }
        return -1;
    }

    /** Workflow-level env overridden by job-level env (step-level env is not visible to every step). */
    Map<String, String> jobEnv(Map.Entry<String, JsonNode> job) {
        Map<String, String> env = new HashMap<>();
        workflows.stream().filter(w -> fields(w.node().path("jobs")).stream()
                .anyMatch(j -> j.getValue() == job.getValue()))
                .forEach(w -> env.putAll(map(w.node().path("env"))));
        env.putAll(map(job.getValue().path("env")));
        return env;
    }

    // ---------------------------------------------------------------- helpers: the Deployment

    /** Where a container variable comes from: a literal value, or a key of a ConfigMap or Secret. */
    record Source(String kind, String name, String key, String value) {
    }

    static Map<String, Source> environment(List<Doc> docs) {
        Map<String, Source> env = new LinkedHashMap<>();
        JsonNode c = container(docs);
        // envFrom first: explicit env entries take precedence, as in Kubernetes.
        for (JsonNode from : iterable(c.path("envFrom"))) {
            String prefix = from.path("prefix").asText("");
            for (String refKind : List.of("configMapRef", "secretRef")) {
                String kind = refKind.equals("secretRef") ? "Secret" : "ConfigMap";
                JsonNode ref = from.path(refKind);
                if (ref.isObject()) {
                    find(docs, kind, ref.path("name").asText()).ifPresent(target -> keys(target.node())
                            .forEach(key -> env.put(prefix + key, new Source(kind, target.name(), key, null))));
                }
            }
        }
        for (JsonNode entry : iterable(c.path("env"))) {
            String name = entry.path("name").asText();
            JsonNode valueFrom = entry.path("valueFrom");
            if (valueFrom.has("configMapKeyRef")) {
                JsonNode ref = valueFrom.get("configMapKeyRef");
                env.put(name, new Source("ConfigMap", ref.path("name").asText(), ref.path("key").asText(), null));
            } else if (valueFrom.has("secretKeyRef")) {
                JsonNode ref = valueFrom.get("secretKeyRef");
                env.put(name, new Source("Secret", ref.path("name").asText(), ref.path("key").asText(), null));
            } else if (valueFrom.isObject()) {
                env.put(name, new Source("field", null, null, null));
            } else {
                env.put(name, new Source("value", null, null, entry.path("value").asText()));
            }
        }
        return env;
    }

    static Optional<String> resolve(List<Doc> docs, Source source) {
        if (source == null) {
            return Optional.empty();
        }
        if (source.kind().equals("value")) {
            return Optional.of(source.value());
        }
        return find(docs, source.kind(), source.name()).map(d -> {
            JsonNode data = d.node().path("data").path(source.key());
            return data.isMissingNode() ? d.node().path("stringData").path(source.key()) : data;
        }).filter(v -> !v.isMissingNode()).map(JsonNode::asText);
    }

    static Doc deployment(List<Doc> docs) {
        return single(docs, "Deployment");
    }

    static JsonNode podSpec(List<Doc> docs) {
        return deployment(docs).node().at("/spec/template/spec");
    }

    /** The gateway container: the one running the gateway image, else the only container. */
    static JsonNode container(List<Doc> docs) {
        List<JsonNode> containers = iterable(podSpec(docs).path("containers"));
        assertThat(containers).as("Deployment containers").isNotEmpty();
        return containers.stream().filter(c -> c.path("image").asText().contains("magda-gateway")).findFirst()
                .orElse(containers.get(0));
    }

    static ObjectNode container(Doc deployment) {
        return (ObjectNode) container(List.of(deployment));
    }

    static Map<String, String> podLabels(List<Doc> docs) {
        return map(deployment(docs).node().at("/spec/template/metadata/labels"));
    }

    static Optional<JsonNode> volumeMountedAt(List<Doc> docs, String mountPath) {
        JsonNode pod = podSpec(docs);
        return iterable(container(docs).path("volumeMounts")).stream()
                .filter(m -> m.path("mountPath").asText().equals(mountPath))
                .map(m -> m.path("name").asText())
                .flatMap(name -> iterable(pod.path("volumes")).stream()
                        .filter(v -> v.path("name").asText().equals(name)))
                .findFirst();
    }

    static Map<String, Integer> namedPorts(JsonNode container) {
        Map<String, Integer> ports = new HashMap<>();
        for (JsonNode port : iterable(container.path("ports"))) {
            ports.put(port.path("name").asText(String.valueOf(port.path("containerPort").asInt())),
                    port.path("containerPort").asInt());
        }
        return ports;
    }

    /** A probe or Service port: a number, or the name of one of the container's ports. */
    static int resolvePort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        if (port.isTextual() && port.asText().matches("\\d+")) {
            return Integer.parseInt(port.asText());
        }
        Integer resolved = namedPorts(container).get(port.asText());
        assertThat(resolved).as("port %s is a named port of the container", port).isNotNull();
        return resolved;
    }

    /** A Kubernetes quantity (100m, 1, 0.5, 128Mi, 1Gi, 500M) in base units (cores, bytes). */
    static BigDecimal quantity(String text) {
        Matcher m = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)(m|k|M|G|Ki|Mi|Gi)?$").matcher(text.trim());
        assertThat(m.matches()).as("quantity %s", text).isTrue();
        BigDecimal number = new BigDecimal(m.group(1));
        String suffix = m.group(2) == null ? "" : m.group(2);
        return switch (suffix) {
            case "m" -> number.movePointLeft(3);
            case "k" -> number.multiply(BigDecimal.valueOf(1_000L));
            case "M" -> number.multiply(BigDecimal.valueOf(1_000_000L));
            case "G" -> number.multiply(BigDecimal.valueOf(1_000_000_000L));
            case "Ki" -> number.multiply(BigDecimal.valueOf(1L << 10));
            case "Mi" -> number.multiply(BigDecimal.valueOf(1L << 20));
            case "Gi" -> number.multiply(BigDecimal.valueOf(1L << 30));
            default -> number;
        };
    }

    // ---------------------------------------------------------------- helpers: documents and JSON

    static List<Doc> ofKind(List<Doc> docs, String kind) {
        return docs.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    static Doc single(List<Doc> docs, String kind) {
        List<Doc> found = ofKind(docs, kind);
        assertThat(found).as("exactly one %s", kind).hasSize(1);
        return found.get(0);
    }

    static Optional<Doc> find(List<Doc> docs, String kind, String name) {
        return docs.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst();
    }

    /** The keys of a ConfigMap or Secret (data and stringData). */
    static Set<String> keys(JsonNode object) {
        Set<String> keys = new HashSet<>();
        for (String field : List.of("data", "stringData", "binaryData")) {
            fields(object.path(field)).forEach(e -> keys.add(e.getKey()));
        }
        return keys;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    static Map<String, String> map(JsonNode node) {
        return fields(node).stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText(),
                (a, b) -> b, LinkedHashMap::new));
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return new ArrayList<>(node.properties());
    }

    static List<JsonNode> iterable(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        node.elements().forEachRemaining(items::add);
        return items;
    }

    // ---------------------------------------------------------------- helpers: mutations

    /** Runs {@code check} on a copy of the manifests whose Deployment was changed by {@code breakIt}. */
    void assertBroken(Consumer<List<Doc>> check, Consumer<Doc> breakIt) {
        List<Doc> copy = manifests.stream().map(Doc::copy).toList();
        check.accept(copy); // passes before the change...
        breakIt.accept(deployment(copy));
        assertThatThrownBy(() -> check.accept(copy)).as("the check notices the broken manifest")
                .isInstanceOf(AssertionError.class); // ...and fails after it
    }

    static ObjectNode envEntry(Doc deployment, String variable) {
        return iterable(container(deployment).path("env")).stream()
                .filter(e -> e.path("name").asText().equals(variable)).map(ObjectNode.class::cast).findFirst()
                .orElseThrow();
    }

    static void removeEnv(Doc deployment, String variable) {
        ArrayNode env = (ArrayNode) container(deployment).get("env");
        for (int i = env.size() - 1; i >= 0; i--) {
            if (env.get(i).path("name").asText().equals(variable)) {
                env.remove(i);
            }
        }
        container(deployment).remove("envFrom");
    }
}
