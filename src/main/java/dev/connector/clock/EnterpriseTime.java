package dev.connector.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The clock seam: the platform clock that modules read. Inside {@link #at} (the router runs every operation of one
 * enterprise there) it answers that enterprise's time, which is its test clock when it has one; elsewhere (delivery,
 * retries, tokens, the outbox) it answers the real time. Thread-safe; the scope belongs to the calling thread.
 */
public final class EnterpriseTime extends Clock {

    /** Whose time a thread reads: an enterprise's live clock, or a fixed moment while an advance runs an effect. */
    private record Scope(UUID enterpriseId, Instant fixed) {
    }

    private final Clock real;
    private final ThreadLocal<Scope> scope = new ThreadLocal<>();
    private volatile Map<UUID, ClockSetting> clocks = Map.of();

    public EnterpriseTime(Clock real) {
        this.real = real;
    }

    /** The real time, whatever the scope. */
    public Clock real() {
        return real;
    }

    @Override
    public Instant instant() {
        Scope current = scope.get();
        if (current == null) {
            return real.instant();
        }
        return current.fixed() != null ? current.fixed() : now(current.enterpriseId());
    }

    /** The enterprise's current time: its test clock, or the real time when it has none. */
    public Instant now(UUID enterpriseId) {
        ClockSetting setting = enterpriseId == null ? null : clocks.get(enterpriseId);
        return setting == null ? real.instant() : setting.at(real.instant());
    }

    /** The latest time any enterprise is at: what is due by it may be due somewhere. */
    public Instant latest() {
        Instant realNow = real.instant();
        Instant latest = realNow;
        for (ClockSetting setting : clocks.values()) {
            Instant at = setting.at(realNow);
            if (at.isAfter(latest)) {
                latest = at;
            }
        }
        return latest;
    }

    /** Runs {@code work} on this thread at the enterprise's time (real time when {@code enterpriseId} is null). */
    public <T> T at(UUID enterpriseId, Supplier<T> work) {
        return within(enterpriseId == null ? null : new Scope(enterpriseId, null), work);
    }

    /** Runs {@code work} on this thread with the clock standing at {@code moment} for the enterprise. */
    <T> T at(UUID enterpriseId, Instant moment, Supplier<T> work) {
        return within(new Scope(enterpriseId, moment), work);
    }

    private <T> T within(Scope next, Supplier<T> work) {
        Scope previous = scope.get();
        scope.set(next);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                scope.remove();
            } else {
                scope.set(previous);
            }
        }
    }

    /** The clocks as last read from the store; the clock module refreshes them. */
    void use(Map<UUID, ClockSetting> settings) {
        clocks = Map.copyOf(settings);
    }

    ClockSetting setting(UUID enterpriseId) {
        return clocks.get(enterpriseId);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The enterprise time is always read in UTC.");
    }
}
