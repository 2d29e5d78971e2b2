package dev.connector.clock;

import dev.connector.api.Conflict;
import dev.connector.api.InvalidRequest;
import dev.connector.events.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets, advances and removes enterprises' test clocks. Moving a clock forward runs the time-driven effects that fall
 * inside the move, in order of their moments, each in its own transaction at its moment, while the clock shows
 * Advancing (one advance per enterprise at a time, across nodes).
 */
final class TestClocks {

    private static final Logger LOG = LoggerFactory.getLogger(TestClocks.class);
    /** An advance whose node has not finished it by then has stopped; another may take it over. */
    private static final Duration STALE_ADVANCE = Duration.ofMinutes(10);
    /** A bound on the steps of one advance, so that an effect that never settles cannot loop forever. */
    private static final int MAX_STEPS = 100_000;
    /** The latest time a clock can show, far beyond any test and well within what the store keeps. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Transactions transactions;
    private final EnterpriseTime time;
    private final ClockStore store;
    private final DueEffects due;
    private final Supplier<List<TimeDrivenEffect>> effects;

    TestClocks(Transactions transactions, EnterpriseTime time, ClockStore store, DueEffects due,
               Supplier<List<TimeDrivenEffect>> effects) {
        this.transactions = transactions;
        this.time = time;
        this.store = store;
        this.due = due;
        this.effects = effects;
    }

    /** Reads every clock from the store into the seam (other nodes' changes included). */
    void refresh() {
        time.use(transactions.read(handle -> store.all(handle)).stream()
                .collect(Collectors.toMap(ClockSetting::enterpriseId, setting -> setting)));
    }

    /** The enterprise's clock; the real time, running and Ready, when it has none. */
    ClockSetting view(UUID enterpriseId) {
        Instant real = time.real().instant();
        return transactions.read(handle -> store.find(handle, enterpriseId))
                .orElse(new ClockSetting(enterpriseId, real, real, false, ClockSetting.State.Ready));
    }

    /** Moves the clock forward to {@code target} (400 when that is backward), then freezes it or lets it run. */
    ClockSetting set(UUID enterpriseId, Instant target, boolean frozen) {
        requireForward(target, view(enterpriseId).at(time.real().instant()));
        return move(enterpriseId, from -> {
            requireForward(target, from);
            return target.isBefore(from) ? from : target;
        }, Optional.of(frozen));
    }

    private static void requireForward(Instant target, Instant from) {
        if (target.isAfter(LATEST)) {
            throw new InvalidRequest("NowUtc must be at most " + LATEST + ".");
        }
        if (target.isBefore(from.truncatedTo(ChronoUnit.SECONDS))) {
            throw new InvalidRequest("NowUtc must not be before the enterprise's current time " + from
                    + ": a clock only moves forward (DELETE the clock to return to real time).");
        }
    }

    /** Moves the clock forward by {@code by}, keeping it frozen or running as it was. */
    ClockSetting advance(UUID enterpriseId, UnaryOperator<Instant> by) {
        return move(enterpriseId, by, Optional.empty());
    }

    /** Returns the enterprise to real time. */
    ClockSetting remove(UUID enterpriseId) {
        transactions.write(tx -> {
            ClockSetting current = store.find(tx.handle(), enterpriseId).orElse(null);
            if (current != null && current.state() == ClockSetting.State.Advancing) {
                throw new Conflict("The clock of the enterprise " + enterpriseId + " is advancing; remove it once the "
                        + "advance is done.");
            }
            store.delete(tx.handle(), enterpriseId);
            return null;
        });
        refresh();
        return view(enterpriseId);
    }

    private ClockSetting move(UUID enterpriseId, UnaryOperator<Instant> targetFrom,
                              Optional<Boolean> frozen) {
        ClockSetting start = begin(enterpriseId);
        Instant from = start.at(time.real().instant());
        Instant cursor = from;
        boolean keepFrozen = frozen.orElse(start.frozen());
        try {
            Instant target = targetFrom.apply(from);
            refresh();
            runEffects(enterpriseId, from, target);
            cursor = target;
        } finally {
            finish(new ClockSetting(enterpriseId, cursor, time.real().instant(), keepFrozen,
                    ClockSetting.State.Ready));
        }
        return view(enterpriseId);
    }

    /** Marks the clock Advancing (creating it at the real time when the enterprise has none); 409 if it is. */
    private ClockSetting begin(UUID enterpriseId) {
        ClockSetting started = transactions.write(tx -> {
            Instant real = time.real().instant();
            ClockSetting current = store.find(tx.handle(), enterpriseId).orElse(null);
            if (current == null) {
                current = new ClockSetting(enterpriseId, real, real, false, ClockSetting.State.Ready);
                store.save(tx.handle(), current, real);
            }
            if (!store.startAdvance(tx.handle(), enterpriseId, real, real.minus(STALE_ADVANCE))) {
                throw new Conflict("The clock of the enterprise " + enterpriseId + " is advancing already; try again "
                        + "when its State is Ready.");
            }
            return current;
        });
        return new ClockSetting(enterpriseId, started.at(time.real().instant()), time.real().instant(),
                started.frozen(), ClockSetting.State.Advancing);
    }

    private void finish(ClockSetting setting) {
        transactions.write(tx -> {
            store.save(tx.handle(), setting, time.real().instant());
            return null;
        });
        refresh();
    }

    /**
     * Applies what was due already at {@code from}, then steps from one due moment to the next up to {@code to},
     * applying every effect at each moment. What a bounded advance leaves behind, the timer applies afterwards.
     */
    private void runEffects(UUID enterpriseId, Instant from, Instant to) {
        List<TimeDrivenEffect> all = effects.get();
        for (TimeDrivenEffect effect : all) {
            due.applyAt(effect, enterpriseId, from, from);
        }
        Instant cursor = from;
        for (int step = 0; step < MAX_STEPS; step++) {
            Instant after = cursor;
            Optional<Instant> next = transactions.read(handle -> all.stream()
                    .map(effect -> effect.nextDue(handle, enterpriseId, after, to))
                    .flatMap(Optional::stream)
                    .min(Instant::compareTo));
            if (next.isEmpty()) {
                return;
            }
            Instant moment = next.get();
            if (!moment.isAfter(after)) {
                throw new IllegalStateException("A time-driven effect answered " + moment + " as due after " + after);
            }
            for (TimeDrivenEffect effect : all) {
                int changed = due.applyAt(effect, enterpriseId, moment, after);
                if (changed > 0) {
                    LOG.debug("{} changed {} at {} in the enterprise {}", effect.name(), changed, moment, enterpriseId);
                }
            }
            cursor = moment;
        }
        LOG.warn("The advance of the enterprise {} stopped stepping at {} after {} steps", enterpriseId, cursor,
                MAX_STEPS);
    }
}
