package com.magdagateway.mutation.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.magdagateway.health.HealthContributor;
import com.magdagateway.health.HealthReport;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.Durations;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.mutation.ChangedFields;
import com.magdagateway.mutation.MutationAudit;
import com.magdagateway.mutation.MutationKind;
import com.magdagateway.mutation.MutationMetrics;
import com.magdagateway.mutation.MutationNotifier;
import com.magdagateway.mutation.MutationStore;
import com.magdagateway.mutation.client.GeefPersoonMutatiesNotificatiesClient;
import com.magdagateway.pipeline.Caller;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.problem.GatewayException;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The poller door ({@code GATEWAY_MUTATIONS_POLL}, off when unset): asks MAGDA's GeefPersoonMutatiesNotificaties for
 * the page after its stored receipt reference and stores the page's notifications as person mutations without data,
 * advancing the receipt in the same transaction. One replica polls at a time (advisory lock, held for the round
 * trip); after a page it asks again at once until MAGDA answers 30016; after a failure it waits longer each time.
 */
@ApplicationScoped
public class MutationPoller implements HealthContributor {

    private static final Logger LOG = Logger.getLogger(MutationPoller.class);
    /** "magda-pol": the lock that makes one replica the poller for the length of one poll. */
    static final long POLL_LOCK = 0x6d616764706f6cL;
    /** Pages fetched in one round before the next round is scheduled (at once): other work gets a turn. */
    static final int MAX_PAGES_PER_ROUND = 100;
    static final String CLIENT_ID = "mutation-poller";
    private static final ZoneId MAGDA_ZONE = ZoneId.of("Europe/Brussels");
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(60);

    private final GatewayPipeline pipeline;
    private final GeefPersoonMutatiesNotificatiesClient client;
    private final MutationStore store;
    private final ChangedFields changedFields;
    private final MutationNotifier notifier;
    private final MutationMetrics mutationMetrics;
    private final PollMetrics metrics;
    private final InszValidator validator;
    private final Pool database;
    private final Vertx vertx;
    private final Optional<Duration> interval;
    private final Duration maxBackoff;
    private ExecutorService worker;
    private volatile long timer = -1;
    private volatile boolean stopped;
    private volatile PollOutcome last;
    private volatile Instant lastAt;

    public MutationPoller(GatewayPipeline pipeline, GeefPersoonMutatiesNotificatiesClient client, MutationStore store,
            ChangedFields changedFields, MutationNotifier notifier, MutationMetrics mutationMetrics,
            PollMetrics metrics, InszValidator validator, Pool database, Vertx vertx,
            @ConfigProperty(name = "gateway.mutations.poll") Optional<String> interval,
            @ConfigProperty(name = "gateway.mutations.poll-max-backoff", defaultValue = "PT30M") String maxBackoff) {
        this.pipeline = pipeline;
        this.client = client;
        this.store = store;
        this.changedFields = changedFields;
        this.notifier = notifier;
        this.mutationMetrics = mutationMetrics;
        this.metrics = metrics;
        this.validator = validator;
        this.database = database;
        this.vertx = vertx;
        this.interval = interval.filter(text -> !text.isBlank()).map(Durations::parse);
        this.maxBackoff = Durations.parse(maxBackoff);
    }

    public boolean enabled() {
        return interval.isPresent();
    }

    void start(@Observes StartupEvent event) {
        if (interval.isEmpty()) {
            return;
        }
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "mutation-poller");
            thread.setDaemon(true);
            return thread;
        });
        schedule(interval.get());
        LOG.infof("Mutation poller asks GeefPersoonMutatiesNotificaties every %s", interval.get());
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (worker != null) {
            worker.shutdown();
        }
    }

    private void schedule(Duration delay) {
        if (!stopped) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> worker.execute(this::roundAndReschedule));
        }
    }

    private void roundAndReschedule() {
        Duration next = interval.orElseThrow();
        try {
            PollOutcome outcome = round();
            if (outcome.kind() == PollOutcome.Kind.PAGE) {
                next = Duration.ZERO; // the round stopped at its page limit: MAGDA has more
            } else if (outcome.kind() == PollOutcome.Kind.FAILED) {
                next = backoff(interval.get(), metrics.failuresInARow(), maxBackoff);
            }
        } finally {
            schedule(next);
        }
    }

    /** The interval, doubled for every failure in a row after the first, never longer than {@code max}. */
    static Duration backoff(Duration interval, int failuresInARow, Duration max) {
        Duration wait = interval;
        for (int i = 1; i < failuresInARow && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Polls page after page until MAGDA has nothing further, a poll fails, or the round's page limit; blocking. */
    public PollOutcome round() {
        PollOutcome outcome = poll();
        for (int pages = 1; outcome.kind() == PollOutcome.Kind.PAGE && pages < MAX_PAGES_PER_ROUND; pages++) {
            outcome = poll();
        }
        return outcome;
    }

    /** Asks for one page and stores it; blocking: call it from a worker thread. Never throws. */
    public PollOutcome poll() {
        PollOutcome outcome;
        try {
            outcome = database.withTransaction(this::pollIn).await().atMost(DATABASE_WAIT);
        } catch (RuntimeException e) {
            outcome = PollOutcome.failed(reasonOf(e));
            if (GeefPersoonMutatiesNotificatiesClient.isMagdaCode(e, GeefPersoonMutatiesNotificatiesClient.INVALID_RECEIPT)) {
                LOG.errorf("MAGDA refused the poller's receipt reference (30014): nothing was stored and the receipt "
                        + "is kept; the poller tries again later (README \"Mutations\")");
            } else {
                LOG.warnf("Mutation poll failed (%s): nothing was stored and the receipt is kept", outcome.failure());
            }
        }
        if (outcome.kind() == PollOutcome.Kind.PAGE) {
            mutationMetrics.imported("poll", outcome.imported());
            mutationMetrics.rejected("poll", outcome.rejected());
            if (outcome.imported() > 0) {
                notifier.imported();
            }
            LOG.infof("Mutation poll page %s: %d imported, %d known, %d rejected", outcome.magdaReference(),
                    outcome.imported(), outcome.known(), outcome.rejected());
        }
        metrics.polled(outcome);
        if (outcome.kind() != PollOutcome.Kind.BUSY) {
            last = outcome;
            lastAt = Instant.now();
        }
        return outcome;
    }

    /** Lock, receipt, MAGDA, page, receipt: all in one transaction, so the receipt moves only with its page. */
    private Uni<PollOutcome> pollIn(SqlConnection connection) {
        return connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked").execute(Tuple.of(POLL_LOCK))
                .flatMap(rows -> !rows.iterator().next().getBoolean("locked") ? Uni.createFrom().item(PollOutcome.busy())
                        : connection.query("SELECT receipt_reference FROM mutation_poll WHERE id = 1 FOR UPDATE")
                                .execute()
                                .map(receipt -> receipt.size() == 0 ? null
                                        : receipt.iterator().next().getString("receipt_reference"))
                                .flatMap(receipt -> ask(receipt).flatMap(asked -> keep(connection, asked))));
    }

    private record Asked(String magdaReference, NotificationPage page) {
    }

    private Uni<Asked> ask(String receipt) {
        AtomicReference<String> reference = new AtomicReference<>();
        Caller poller = new Caller(CLIENT_ID, null, "poll:" + (receipt == null ? "start" : receipt), null);
        return pipeline.runOwn(MagdaService.GEEF_PERSOON_MUTATIES_NOTIFICATIES, poller, MutationAudit.NO_INSZ,
                ref -> {
                    reference.set(ref);
                    return client.fetch(receipt, ref);
                })
                .map(MagdaAnswer::content).map(page -> new Asked(reference.get(), page));
    }

    private Uni<PollOutcome> keep(SqlConnection connection, Asked asked) {
        NotificationPage page = asked.page();
        if (page.noFurtherData()) {
            return Uni.createFrom().item(PollOutcome.nothingFurther(asked.magdaReference()));
        }
        if (page.nextReceipt() == null || page.nextReceipt().length() > 36) {
            // Storing it without a receipt to move to would fetch the same page for ever.
            return Uni.createFrom().failure(new IllegalStateException("MAGDA answered a page without a usable Ontvangstreferte"));
        }
        List<MutationStore.Pending> pending = new ArrayList<>();
        int rejected = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (NotificationPage.Notification n : page.notifications()) {
            String problem = n.problem() != null ? n.problem() : check(n);
            if (problem != null) {
                rejected++;
                LOG.warnf("Mutation poll page %s: Onderwerp %d refused: %s", asked.magdaReference(), n.position(), problem);
                continue;
            }
            pending.add(new MutationStore.Pending(MutationKind.PERSON, n.referte(), n.insz(), n.cancelledInsz(),
                    time(n.day(), now), n.reason(), null));
        }
        int refused = rejected;
        return store.storeIn(connection, pending, "poll " + asked.magdaReference(), changedFields)
                .call(stored -> connection.preparedQuery("UPDATE mutation_poll SET receipt_reference = $1, "
                        + "magda_reference = $2, updated_at = now() WHERE id = 1")
                        .execute(Tuple.of(page.nextReceipt(), asked.magdaReference())))
                .invoke(stored -> mutationMetrics.newest(stored.newestMagdaTime()))
                .map(stored -> new PollOutcome(PollOutcome.Kind.PAGE, stored.inserted(),
                        pending.size() - stored.inserted(), refused, asked.magdaReference(), null));
    }

    private String check(NotificationPage.Notification n) {
        try {
            validator.parse(n.insz());
            if (n.cancelledInsz() != null) {
                validator.parse(n.cancelledInsz());
            }
            return null;
        } catch (GatewayException e) {
            return "Invalid INSZ: " + e.getMessage();
        }
    }

    /** A notification gives a day, not a time: the start of that day in Brussels; no day, the time it was received. */
    static OffsetDateTime time(String day, OffsetDateTime received) {
        if (day == null) {
            return received;
        }
        try {
            return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day).atStartOfDay(MAGDA_ZONE)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return received;
        }
    }

    /** A failure's kind, never its message (messages can quote remote content): the MAGDA code where there is one. */
    static String reasonOf(Throwable failure) {
        Throwable cause = failure instanceof io.smallrye.mutiny.CompositeException composite ? composite.getCause() : failure;
        if (cause instanceof GatewayException gateway) {
            return gateway.magda() != null && gateway.magda().code() != null ? gateway.magda().code().strip()
                    : gateway.code().name();
        }
        return cause.getClass().getSimpleName();
    }

    @Override
    public List<HealthReport.Check> checks() {
        if (interval.isEmpty()) {
            return List.of();
        }
        // A failing poller delays changes but serves nothing wrong: DEGRADED, never DOWN.
        PollOutcome outcome = last;
        if (outcome == null) {
            return List.of(new HealthReport.Check("mutations:poller", HealthReport.Status.UP, 0, "not polled yet"));
        }
        if (outcome.kind() == PollOutcome.Kind.FAILED) {
            String detail = GeefPersoonMutatiesNotificatiesClient.INVALID_RECEIPT.equals(outcome.failure())
                    ? "MAGDA refused the receipt reference (30014), " + metrics.failuresInARow() + " failed polls in a row"
                    : "failing (" + outcome.failure() + "), " + metrics.failuresInARow() + " failed polls in a row";
            return List.of(new HealthReport.Check("mutations:poller", HealthReport.Status.DEGRADED, 0, detail));
        }
        return List.of(new HealthReport.Check("mutations:poller", HealthReport.Status.UP, 0,
                "last poll " + lastAt + ": " + (outcome.kind() == PollOutcome.Kind.PAGE
                        ? outcome.imported() + " imported" : "nothing further")));
    }
}
