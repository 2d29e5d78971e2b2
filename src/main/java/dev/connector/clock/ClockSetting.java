package dev.connector.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An enterprise's test clock as stored: the time it was set to, the real time it was set at, whether it stands still,
 * and whether an advance is running.
 *
 * @param nowUtc   the enterprise's time at {@code setAtUtc}
 * @param setAtUtc the real time the clock was last set
 */
public record ClockSetting(UUID enterpriseId, Instant nowUtc, Instant setAtUtc, boolean frozen, State state) {

    /** Ready, or running the time-driven effects of an advance. */
    public enum State {
        Ready,
        Advancing
    }

    /** The enterprise's time when the real time is {@code real}: a frozen clock stands, others run on. */
    public Instant at(Instant real) {
        if (frozen) {
            return nowUtc;
        }
        Duration passed = Duration.between(setAtUtc, real);
        return passed.isNegative() ? nowUtc : nowUtc.plus(passed);
    }
}
