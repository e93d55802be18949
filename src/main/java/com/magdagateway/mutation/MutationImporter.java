package com.magdagateway.mutation;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.mutation.client.MutationPublicationClient;
import com.magdagateway.problem.GatewayException;

/**
 * The one importer behind every door (POST, inbox, poller): streams a publication, checks each Onderwerp, stores
 * the valid ones in batches (a Referte already known adds nothing), reports the others, records one audit row and
 * wakes the feed's waiting readers. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class MutationImporter {

    private static final Logger LOG = Logger.getLogger(MutationImporter.class);
    static final int BATCH = 500;
    static final int MAX_LISTED_REJECTIONS = 1000;
    /** MAGDA writes its times in Belgian local time when it gives no offset. */
    private static final ZoneId MAGDA_ZONE = ZoneId.of("Europe/Brussels");
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(60);

    private final MutationStore store;
    private final ChangedFields changedFields;
    private final MutationAudit audit;
    private final MutationNotifier notifier;
    private final MutationMetrics metrics;
    private final InszValidator validator;
    private final ObjectMapper json;

    public MutationImporter(MutationStore store, ChangedFields changedFields, MutationAudit audit,
            MutationNotifier notifier, MutationMetrics metrics, InszValidator validator, ObjectMapper json) {
        this.store = store;
        this.changedFields = changedFields;
        this.audit = audit;
        this.notifier = notifier;
        this.metrics = metrics;
        this.validator = validator;
        this.json = json;
    }

    /**
     * Imports one publication. Fails only when the file is not a mutation publication at all (nothing read) or the
     * database fails; a file that breaks off midway keeps what was imported before and says where it stopped.
     */
    public ImportReport importPublication(InputStream in, MutationAudit.Origin origin) {
        long start = System.nanoTime();
        Batcher batcher = new Batcher(origin);
        MutationKind kind = null;
        String error = null;
        Integer errorLine = null;
        try {
            kind = MutationPublicationClient.read(in, batcher);
        } catch (UnreadablePublicationException e) {
            if (batcher.position == 0 && batcher.imported == 0 && e.line() <= 1) {
                throw e; // not a publication: nothing to report on
            }
            error = e.getMessage();
            errorLine = e.line() < 0 ? null : e.line();
        }
        batcher.flush();
        ImportReport report = new ImportReport(kind == null ? batcher.kind : kind, batcher.position, batcher.imported,
                batcher.duplicates, batcher.rejected, List.copyOf(batcher.rejections), error == null, error, errorLine);
        metrics.imported(origin.door(), batcher.imported);
        metrics.rejected(origin.door(), batcher.rejected);
        recordAudit(origin, report, batcher.firstInsz, Duration.ofNanos(System.nanoTime() - start));
        LOG.infof("Mutation publication from %s: %d imported, %d known, %d rejected%s", origin.door(),
                report.imported(), report.duplicates(), report.rejected(), report.complete() ? "" : " (incomplete)");
        return report;
    }

    /**
     * The mutations are already committed, so a failing audit write cannot undo them: it is retried, then logged as
     * an error for the operators (the rows themselves say where they came from in {@code source}).
     */
    private void recordAudit(MutationAudit.Origin origin, ImportReport report, String insz, Duration took) {
        try {
            audit.publication(origin, report.kind(), insz, report, took)
                    .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(1)).atMost(3)
                    .await().atMost(DATABASE_WAIT);
        } catch (RuntimeException e) {
            LOG.errorf("The audit row of a mutation publication (%s) could not be written: %s", origin.source(),
                    e.getClass().getName());
        }
    }

    /** Collects checked Onderwerpen into batches and stores each full batch. */
    private final class Batcher implements PublicationSink {
        private final MutationAudit.Origin origin;
        private final List<MutationStore.Pending> batch = new ArrayList<>(BATCH);
        private final List<Rejection> rejections = new ArrayList<>();
        MutationKind kind;
        int position;
        int imported;
        int duplicates;
        int rejected;
        String firstInsz;

        Batcher(MutationAudit.Origin origin) {
            this.origin = origin;
        }

        @Override
        public void accept(PublishedMutation m) {
            position = m.position();
            kind = m.kind();
            String problem = check(m);
            if (problem != null) {
                reject(new Rejection(m.position(), m.line(), m.referte(), problem));
                return;
            }
            OffsetDateTime time = time(m.magdaTime());
            if (time == null) {
                reject(new Rejection(m.position(), m.line(), m.referte(), "MutatieInformatie/Tijdstip is not a date-time"));
                return;
            }
            if (firstInsz == null) {
                firstInsz = m.insz();
            }
            batch.add(new MutationStore.Pending(m.kind(), m.referte(), m.insz(), m.cancelledInsz(), time,
                    m.reason(), write(m.data())));
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void reject(Rejection rejection) {
            position = Math.max(position, rejection.position());
            rejected++;
            if (rejections.size() < MAX_LISTED_REJECTIONS) {
                rejections.add(rejection);
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            MutationStore.Stored stored = store.store(List.copyOf(batch), origin.source(), changedFields)
                    .await().atMost(DATABASE_WAIT);
            imported += stored.inserted();
            duplicates += batch.size() - stored.inserted();
            batch.clear();
            metrics.newest(stored.newestMagdaTime());
            if (stored.inserted() > 0) {
                notifier.imported();
            }
        }

        private String check(PublishedMutation m) {
            try {
                validator.parse(m.insz());
                if (m.cancelledInsz() != null) {
                    validator.parse(m.cancelledInsz());
                }
                return null;
            } catch (GatewayException e) {
                return "Invalid INSZ: " + e.getMessage();
            }
        }
    }

    static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(MAGDA_ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A mapped person cannot be written as JSON", e);
        }
    }
}
