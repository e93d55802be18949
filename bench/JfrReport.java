import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the execution samples of a JFR recording and writes what bench/run.sh puts in its results: the top frames
 * by samples (self and, for the project's own code, total), samples per package and per thread pool as Markdown on
 * stdout, the collapsed stacks (flamegraph.pl's input format) and a self-contained SVG flame graph. JDK only, so it
 * needs nothing the registries here do not serve: java bench/JfrReport.java RECORDING.jfr OUT.svg OUT.collapsed [TOP_N]
 */
public class JfrReport {

    private static final String OWN_PACKAGE = "com.magdagateway.";
    /** A lambda's hidden class carries a per-run number and address: without them its frames add up across runs. */
    private static final Pattern LAMBDA = Pattern.compile("\\$\\$Lambda[$/+0-9a-fx]*(\\.\\d+)?$");

    public static void main(String[] args) throws IOException {
        Path recording = Path.of(args[0]);
        Path svg = Path.of(args[1]);
        Path collapsed = Path.of(args[2]);
        int top = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        double msPerRequest = args.length > 4 ? Double.parseDouble(args[4]) : Double.NaN;

        Map<String, Integer> stacks = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ownTotal = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> subsystems = new HashMap<>();
        int samples = 0;
        int truncated = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace trace = event.getStackTrace();
                if (trace == null || trace.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                String pool = pool(event.getThread("sampledThread"));
                threads.merge(pool, 1, Integer::sum);
                List<RecordedFrame> frames = trace.getFrames(); // leaf first
                String leaf = name(frames.get(0));
                self.merge(leaf, 1, Integer::sum);
                packages.merge(packageOf(leaf), 1, Integer::sum);
                subsystems.merge(subsystem(frames), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                StringBuilder stack = new StringBuilder(pool);
                if (trace.isTruncated()) {
                    truncated++;
                    stack.append(";[truncated]");
                }
                for (int i = frames.size() - 1; i >= 0; i--) {
                    String frame = name(frames.get(i));
                    stack.append(';').append(frame);
                    if (frame.startsWith(OWN_PACKAGE) && !frame.contains("$$Lambda") && seen.add(frame)) {
                        ownTotal.merge(frame, 1, Integer::sum);
                    }
                }
                stacks.merge(stack.toString(), 1, Integer::sum);
            }
        }

        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(collapsed))) {
            new TreeMap<>(stacks).forEach((stack, count) -> out.println(stack.replace(' ', '_') + " " + count));
        }
        Files.writeString(svg, FlameGraph.render(stacks, samples, recording.getFileName().toString()));

        System.out.printf(Locale.ROOT, "%d execution samples (Java code running on a CPU)%s; flame graph: `%s`,"
                + " collapsed stacks: `%s`.%n%n", samples,
                truncated > 0 ? ", " + truncated + " with truncated stacks" : "", svg.getFileName(),
                collapsed.getFileName());
        table("Top " + top + " frames by own samples (the method that was running)", "frame", self, samples, top);
        table("The project's own methods by total samples (running, or below on the stack)", "method", ownTotal,
                samples, top);
        subsystemTable(subsystems, samples, msPerRequest);
        table("Own samples by package", "package", packages, samples, 15);
        table("Samples by thread", "thread", threads, samples, 10);
    }

    /** Library prefixes by the part of a lookup they do; the first match wins, so the narrower prefixes come first. */
    private static final String[][] SUBSYSTEMS = {
            { "SOAP client: CXF, JAXB, Woodstox (writing the question, reading the answer)", "org.apache.cxf.",
                    "org.glassfish.jaxb.", "com.ctc.wstx.", "org.codehaus.stax2.", "jakarta.xml.", "javax.xml.",
                    "com.sun.xml.", "org.apache.wss4j.", "io.quarkiverse.cxf.", "com.magdagateway.magda.client.",
                    "com.magdagateway.person.client." },
            { "Database: Vert.x PostgreSQL client, Hibernate Reactive", "io.vertx.pgclient.", "io.vertx.sqlclient.",
                    "org.hibernate.", "io.quarkus.hibernate.", "io.quarkus.reactive.datasource." },
            { "Tracing: OpenTelemetry", "io.opentelemetry.", "io.quarkus.opentelemetry." },
            { "Metrics: Micrometer", "io.micrometer.", "io.quarkus.micrometer." },
            { "Token check: SmallRye JWT, jose4j, Quarkus security", "io.smallrye.jwt.", "org.jose4j.",
                    "io.quarkus.security.", "io.quarkus.smallrye.jwt.", "io.quarkus.vertx.http.runtime.security." },
            { "JSON: Jackson", "com.fasterxml." },
            { "Fault tolerance: SmallRye", "io.smallrye.faulttolerance.", "io.quarkus.smallrye.faulttolerance." },
            { "Network I/O and event loops: Vert.x, Netty, Quarkus REST (the request, the SOAP call's HTTP,"
                    + " the database sockets)", "io.vertx.", "io.netty.", "io.quarkus.vertx.",
                    "org.jboss.resteasy.", "io.quarkus.resteasy." },
            { "Reactive plumbing: Mutiny, context propagation, CDI (ArC)", "io.smallrye.mutiny.",
                    "io.smallrye.context.", "io.quarkus.arc.", "io.smallrye.common." },
            { "Logging", "org.jboss.logmanager.", "org.jboss.logging." },
            { "The gateway's own code", OWN_PACKAGE },
    };

    /**
     * Which part of a lookup a sample belongs to: the frame nearest the leaf that is not the JDK's, so that a HashMap
     * lookup or a String copy counts for the library that asked for it.
     */
    private static String subsystem(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
                continue;
            }
            for (String[] subsystem : SUBSYSTEMS) {
                for (int i = 1; i < subsystem.length; i++) {
                    if (name.startsWith(subsystem[i])) {
                        return subsystem[0];
                    }
                }
            }
            return "Other libraries";
        }
        return "JDK only (no library frame on the stack: GC-free JDK work, thread parking, I/O)";
    }

    private static void subsystemTable(Map<String, Integer> counts, int samples, double msPerRequest) {
        boolean ms = !Double.isNaN(msPerRequest);
        System.out.println("**Samples by part of the work** (each sample goes to the library nearest the running"
                + " method, JDK frames skipped" + (ms ? String.format(Locale.ROOT, "; ms = share × the %.2f ms of"
                        + " gateway CPU per lookup of the 200 req/s runs without JFR; JIT and GC threads are not sampled,"
                        + " so this spreads their share over the parts", msPerRequest) : "") + ")");
        System.out.println();
        System.out.println("| samples | % |" + (ms ? " ≈ ms CPU per lookup |" : "") + " part |");
        System.out.println("|---:|---:|" + (ms ? "---:|" : "") + "---|");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer> comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    double share = (double) e.getValue() / Math.max(1, samples);
                    System.out.printf(Locale.ROOT, "| %d | %.1f |%s %s |%n", e.getValue(), 100 * share,
                            ms ? String.format(Locale.ROOT, " %.2f |", share * msPerRequest) : "", e.getKey());
                });
        System.out.println();
    }

    private static void table(String title, String what, Map<String, Integer> counts, int samples, int top) {
        System.out.println("**" + title + "**");
        System.out.println();
        System.out.println("| samples | % | " + what + " |");
        System.out.println("|---:|---:|---|");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer> comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "| %d | %.1f | `%s` |%n", e.getValue(),
                        100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
        System.out.println();
    }

    private static String name(RecordedFrame frame) {
        if (frame.getMethod() == null) {
            return "[unknown]";
        }
        return LAMBDA.matcher(frame.getMethod().getType().getName()).replaceFirst("\\$\\$Lambda") + "."
                + frame.getMethod().getName();
    }

    /** The first three segments of a class's package: enough to tell CXF from Woodstox from Vert.x. */
    private static String packageOf(String frame) {
        String[] parts = frame.split("\\.");
        int keep = Math.min(3, Math.max(1, parts.length - 2));
        return String.join(".", Arrays.copyOf(parts, keep));
    }

    /** Thread name with its number replaced, so that a pool's threads count together. */
    private static String pool(RecordedThread thread) {
        if (thread == null) {
            return "[unknown thread]";
        }
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        return name == null ? "[unknown thread]" : name.replaceAll("\\d+", "*");
    }

    /** A small flame graph renderer (root at the bottom, width = share of samples), as flamegraph.pl draws one. */
    static final class FlameGraph {

        private static final int WIDTH = 1200;
        private static final int FRAME_HEIGHT = 16;
        private static final int PAD = 10;
        private static final int HEADER = 30;
        private static final double MIN_WIDTH = 0.3;

        private static final class Node {
            final String name;
            final Map<String, Node> children = new TreeMap<>();
            long count;

            Node(String name) {
                this.name = name;
            }
        }

        static String render(Map<String, Integer> stacks, int samples, String title) {
            Node root = new Node("all");
            for (Map.Entry<String, Integer> e : stacks.entrySet()) {
                Node node = root;
                node.count += e.getValue();
                for (String frame : e.getKey().split(";")) {
                    node = node.children.computeIfAbsent(frame, Node::new);
                    node.count += e.getValue();
                }
            }
            int depth = depth(root);
            int height = HEADER + (depth + 1) * FRAME_HEIGHT + 2 * PAD;
            StringBuilder svg = new StringBuilder();
            svg.append(String.format(Locale.ROOT, "<?xml version=\"1.0\" standalone=\"no\"?>%n"
                    + "<svg version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                    + " xmlns=\"http://www.w3.org/2000/svg\">%n"
                    + "<style>text { font-family: monospace; font-size: 11px; fill: #000; }"
                    + " rect { stroke: #fff; stroke-width: 0.5; }</style>%n"
                    + "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#f8f8f8\"/>%n"
                    + "<text x=\"%d\" y=\"20\" style=\"font-size: 14px\">%s: %d samples (green: com.magdagateway,"
                    + " yellow: JDK, orange/red: libraries); hover a frame for its name and share</text>%n",
                    WIDTH, height, WIDTH, height, WIDTH, height, PAD, escape(title), samples));
            draw(svg, root, 0, PAD, (WIDTH - 2.0 * PAD) / Math.max(1, root.count), height - PAD - FRAME_HEIGHT,
                    root.count);
            svg.append("</svg>\n");
            return svg.toString();
        }

        private static int depth(Node node) {
            int max = 0;
            for (Node child : node.children.values()) {
                max = Math.max(max, depth(child) + 1);
            }
            return max;
        }

        private static void draw(StringBuilder svg, Node node, int level, double x, double scale, int bottom,
                long total) {
            double width = node.count * scale;
            if (width < MIN_WIDTH) {
                return;
            }
            int y = bottom - level * FRAME_HEIGHT;
            String label = String.format(Locale.ROOT, "%s (%d samples, %.2f%%)", node.name, node.count,
                    100.0 * node.count / Math.max(1, total));
            svg.append(String.format(Locale.ROOT,
                    "<g><title>%s</title><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    escape(label), x, y, width, FRAME_HEIGHT - 1, colour(node.name, level)));
            int chars = (int) ((width - 4) / 6.6);
            if (chars >= 3) {
                String text = shortName(node.name);
                if (text.length() > chars) {
                    text = text.substring(0, Math.max(1, chars - 2)) + "..";
                }
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 3,
                        y + FRAME_HEIGHT - 4, escape(text)));
            }
            svg.append("</g>\n");
            double childX = x;
            for (Node child : node.children.values()) {
                draw(svg, child, level + 1, childX, scale, bottom, total);
                childX += child.count * scale;
            }
        }

        /** Class simple name and method: the package is in the tooltip. */
        private static String shortName(String frame) {
            int method = frame.lastIndexOf('.');
            if (method <= 0) {
                return frame;
            }
            int type = frame.lastIndexOf('.', method - 1);
            return frame.substring(type + 1);
        }

        private static String colour(String frame, int level) {
            if (level <= 1 || frame.startsWith("[")) { // all, the thread pools, [truncated]
                return rgb(190, 190, 200);
            }
            int h = Math.abs(frame.hashCode());
            if (frame.startsWith(OWN_PACKAGE)) {
                return rgb(50 + h % 60, 170 + h % 60, 50 + h % 40);
            }
            if (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")) {
                return rgb(220 + h % 30, 200 + h % 40, 60 + h % 40);
            }
            return rgb(225 + h % 30, 90 + h % 90, 50 + h % 40);
        }

        private static String rgb(int r, int g, int b) {
            return String.format(Locale.ROOT, "rgb(%d,%d,%d)", Math.min(255, r), Math.min(255, g), Math.min(255, b));
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
