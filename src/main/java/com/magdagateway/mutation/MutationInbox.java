package com.magdagateway.mutation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.magdagateway.health.HealthContributor;
import com.magdagateway.health.HealthReport;
import com.magdagateway.magda.Durations;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;

/**
 * The inbox door ({@code GATEWAY_MUTATIONS_INBOX}, off when unset): every {@code *.xml} file dropped in the directory
 * is claimed (moved to {@code processing/}), imported, and moved to {@code done/} when it was read to its end or to
 * {@code failed/} when it was not, with its import report beside it ({@code <file>.report.json}). Writers should
 * write under another name (e.g. {@code .part}) and rename, so that a half-written file is never picked up.
 */
@ApplicationScoped
public class MutationInbox implements HealthContributor {

    private static final Logger LOG = Logger.getLogger(MutationInbox.class);
    static final String PROCESSING = "processing";
    static final String DONE = "done";
    static final String FAILED = "failed";

    private final MutationImporter importer;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final Optional<Path> inbox;
    private final Duration interval;
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService worker;
    private volatile long timer = -1;
    private volatile String lastFailure;
    private volatile int waitingFiles;
    private volatile Instant lastScan;

    public MutationInbox(MutationImporter importer, Vertx vertx, ObjectMapper json,
            @ConfigProperty(name = "gateway.mutations.inbox") Optional<String> inbox,
            @ConfigProperty(name = "gateway.mutations.inbox-interval", defaultValue = "PT10S") String interval) {
        this.importer = importer;
        this.vertx = vertx;
        this.json = json;
        this.inbox = inbox.filter(dir -> !dir.isBlank()).map(Path::of);
        this.interval = Durations.parse(interval);
    }

    void start(@Observes StartupEvent event) {
        if (inbox.isEmpty()) {
            return;
        }
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "mutation-inbox");
            thread.setDaemon(true);
            return thread;
        });
        worker.execute(this::recover);
        timer = vertx.setPeriodic(Math.max(100, interval.toMillis()), id -> scanInBackground());
        LOG.infof("Mutation inbox watched every %s", interval);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (worker != null) {
            worker.shutdown();
        }
    }

    public boolean enabled() {
        return inbox.isPresent();
    }

    private void scanInBackground() {
        if (running.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    scan();
                } finally {
                    running.set(false);
                }
            });
        }
    }

    /** Imports every file waiting in the inbox, oldest name first; answers how many it handled. */
    public int scan() {
        Path dir = inbox.orElseThrow();
        try {
            List<Path> files = waiting(dir);
            waitingFiles = files.size();
            int handled = 0;
            for (Path file : files) {
                if (handle(dir, file)) {
                    handled++;
                }
                waitingFiles = Math.max(0, waitingFiles - 1);
            }
            lastFailure = null;
            lastScan = Instant.now();
            return handled;
        } catch (IOException | RuntimeException e) {
            lastFailure = e.getClass().getSimpleName();
            LOG.errorf("Mutation inbox scan failed: %s", e.getClass().getName());
            return 0;
        }
    }

    private static List<Path> waiting(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.xml")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && !entry.getFileName().toString().startsWith(".")) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** Claims one file, imports it and files it away; false when another replica claimed it first. */
    private boolean handle(Path dir, Path file) throws IOException {
        Path claimed = dir.resolve(PROCESSING).resolve(file.getFileName());
        Files.createDirectories(claimed.getParent());
        try {
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            return false;
        }
        String name = file.getFileName().toString();
        MutationAudit.Origin origin = new MutationAudit.Origin("inbox", "inbox", "inbox:" + clip(name, 56), null,
                "inbox " + clip(name, 290));
        ImportReport report;
        try (InputStream in = Files.newInputStream(claimed)) {
            report = importer.importPublication(in, origin);
        } catch (UnreadablePublicationException e) {
            report = new ImportReport(null, 0, 0, 0, 0, List.of(), false, e.getMessage(), e.line() < 0 ? null : e.line());
        } catch (RuntimeException e) {
            // The database, most likely: put the file back, the next scan tries again (a Referte is imported once).
            Files.move(claimed, file, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        Path target = fileAway(dir.resolve(report.complete() ? DONE : FAILED), claimed);
        Files.writeString(target.resolveSibling(target.getFileName() + ".report.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        return true;
    }

    /** Moves a handled file to {@code done/} or {@code failed/}, never over an earlier file of the same name. */
    private static Path fileAway(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = folder.resolve(Instant.now().toEpochMilli() + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Files left in {@code processing/} by a gateway that stopped midway go back to the inbox (import is idempotent). */
    private void recover() {
        Path processing = inbox.orElseThrow().resolve(PROCESSING);
        try {
            Files.createDirectories(processing);
            Files.createDirectories(inbox.get().resolve(DONE));
            Files.createDirectories(inbox.get().resolve(FAILED));
            try (DirectoryStream<Path> left = Files.newDirectoryStream(processing, "*.xml")) {
                for (Path file : left) {
                    Files.move(file, inbox.get().resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException | RuntimeException e) {
            lastFailure = e.getClass().getSimpleName();
            LOG.errorf("Mutation inbox could not be prepared: %s", e.getClass().getName());
        }
    }

    @Override
    public List<HealthReport.Check> checks() {
        if (inbox.isEmpty()) {
            return List.of();
        }
        // A stuck inbox delays changes but serves nothing wrong: DEGRADED, never DOWN.
        boolean usable = Files.isDirectory(inbox.get()) && Files.isWritable(inbox.get());
        String failure = usable ? lastFailure : "not a writable directory";
        HealthReport.Status status = failure == null ? HealthReport.Status.UP : HealthReport.Status.DEGRADED;
        String detail = failure != null ? failure
                : "waiting " + waitingFiles + (lastScan == null ? ", not scanned yet" : ", last scan " + lastScan);
        return List.of(new HealthReport.Check("mutations:inbox", status, 0, detail));
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
