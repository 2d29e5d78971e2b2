package dev.connector.clock;

import dev.connector.events.Transactions;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Applies time-driven effects at each enterprise's own time: an enterprise on a test clock reaches its moments by its
 * clock, the others by the real time. Stateless and thread-safe; used by the timer and by operations that must not
 * show what is already due.
 */
public final class DueEffects {

    private final Transactions transactions;
    private final EnterpriseTime time;

    public DueEffects(Transactions transactions, EnterpriseTime time) {
        this.transactions = transactions;
        this.time = time;
    }

    /** Applies everything due of these effects; returns how many entities changed. */
    public int runDue(Collection<? extends TimeDrivenEffect> effects) {
        int total = 0;
        for (TimeDrivenEffect effect : effects) {
            total += runDue(effect);
        }
        return total;
    }

    /** Applies what of {@code effect} is due in every enterprise by its time; returns how many entities changed. */
    public int runDue(TimeDrivenEffect effect) {
        Instant latest = time.latest();
        List<UUID> enterprises = transactions.read(handle -> effect.enterprisesDue(handle, latest));
        int total = 0;
        for (UUID enterpriseId : enterprises) {
            ClockSetting setting = time.setting(enterpriseId);
            if (setting != null && setting.state() == ClockSetting.State.Advancing) {
                continue; // the advance applies them in order
            }
            Instant now = time.now(enterpriseId);
            boolean due = transactions.read(handle -> effect.nextDue(handle, enterpriseId, Instant.EPOCH, now))
                    .isPresent();
            if (due) {
                total += applyAt(effect, enterpriseId, now, now);
            }
        }
        return total;
    }

    /** Applies {@code effect} in one transaction with the enterprise's clock standing at {@code moment}. */
    int applyAt(TimeDrivenEffect effect, UUID enterpriseId, Instant moment, Instant since) {
        return time.at(enterpriseId, moment, () -> transactions.write(tx -> effect.apply(tx, enterpriseId, since)));
    }
}
