package dev.connector.faults;

import dev.connector.events.Transactions;
import dev.connector.live.LiveFeed;
import dev.connector.live.LiveKind;
import dev.connector.store.Notifications;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault rules in force, and the one way to fire one. Rules live in the store (shared by every process on it);
 * this keeps a copy in memory so that traffic with no rule in force costs no query. The copy is read again when a
 * rule is added or removed here or by another process (announced on {@link #CHANNEL}), every second (a sandbox
 * reset empties the table without telling anyone), and when firing finds a rule spent or gone. Firing itself always
 * spends the use in the store, so a stale copy never injects a fault the store no longer holds. Thread-safe.
 */
final class FaultRules implements AutoCloseable {

    /** What the live feed shows when a rule fires. */
    record FiredFault(UUID ruleId, String target, String fault, String operation) {
    }

    static final String CHANNEL = "connector_faults";
    private static final Logger LOG = LoggerFactory.getLogger(FaultRules.class);
    private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);

    private final Transactions transactions;
    private final FaultRuleStore store;
    private final Notifications notifications;
    private final MeterRegistry meters;
    private final LiveFeed live;
    private final ScheduledExecutorService refresher;
    private AutoCloseable subscription;
    private volatile List<FaultRule> rules = List.of();

    FaultRules(Transactions transactions, FaultRuleStore store, Notifications notifications, MeterRegistry meters,
               LiveFeed live) {
        this.live = live;
        this.transactions = transactions;
        this.store = store;
        this.notifications = notifications;
        this.meters = meters;
        this.refresher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("fault-rules").factory());
    }

    void start() {
        refresh();
        subscription = notifications.subscribe(CHANNEL, this::refreshSoon);
        long interval = REFRESH_INTERVAL.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshLogged, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Reads the rules again now; call after changing them, then {@link #announce()} to tell other processes. */
    void refresh() {
        rules = transactions.read(store::all);
    }

    void announce() {
        notifications.announce(CHANNEL);
    }

    /** True when some rule for {@code target} may still fire: the cheap test made before anything else. */
    boolean any(FaultTarget target) {
        for (FaultRule rule : rules) {
            if (rule.target() == target && !rule.exhausted()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fires the first rule for {@code target} that {@code applies}, rolls its probability and can spend a use in
     * the store; counts it in {@code connector_faults_injected_total}. Empty when no rule fires.
     *
     * @param pipeline true on the event pipeline's threads, which write on their own connections
     */
    Optional<FaultRule> fire(FaultTarget target, Predicate<FaultRule> applies, boolean pipeline) {
        boolean stale = false;
        FaultRule fired = null;
        for (FaultRule rule : rules) {
            if (rule.target() != target || rule.exhausted() || !applies.test(rule)) {
                continue;
            }
            if (rule.probability() != null && ThreadLocalRandom.current().nextDouble() >= rule.probability()) {
                continue;
            }
            if (spend(rule.id(), pipeline)) {
                fired = rule;
                break;
            }
            stale = true;
        }
        if (stale || (fired != null && fired.remaining() != null)) {
            // Spent or gone in the store: the copy must follow, so that later calls skip the rule without a query.
            refreshSoon();
        }
        if (fired == null) {
            return Optional.empty();
        }
        Counter.builder("connector.faults.injected")
                .description("Faults injected by the sandbox's fault rules")
                .tag("target", target.name())
                .tag("fault", fired.fault().name())
                .register(meters)
                .increment();
        if (live.watched()) {
            live.publish(LiveKind.Fault, fired.applicationId(), null,
                    fired.enterpriseId() == null ? List.of() : List.of(fired.enterpriseId()),
                    new FiredFault(fired.id(), target.name(), fired.fault().name(), fired.operation()));
        }
        return Optional.of(fired);
    }

    private boolean spend(UUID id, boolean pipeline) {
        return pipeline
                ? transactions.writeAhead(tx -> store.spend(tx.handle(), id))
                : transactions.write(tx -> store.spend(tx.handle(), id));
    }

    private void refreshSoon() {
        try {
            refresher.execute(this::refreshLogged);
        } catch (RejectedExecutionException stopping) {
            // The server is stopping: no rule matters any more.
        }
    }

    private void refreshLogged() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Reading the fault rules failed; the rules read before stay in force until the next try", e);
        }
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
        refresher.shutdownNow();
    }
}
