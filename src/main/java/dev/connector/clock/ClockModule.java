package dev.connector.clock;

import dev.connector.admin.AdminJson;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time for the enterprises: the test clocks of the sandbox (admin routes, shared by every node through the store and
 * read again every tick) and the timer that applies every registered {@link TimeDrivenEffect} at each enterprise's
 * time, in production too. Install it after the modules that register effects.
 */
public final class ClockModule implements FeatureModule, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClockModule.class);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final Platform platform;
    private final EnterprisesModule enterprises;
    private final EnterpriseTime time;
    private final DueEffects due;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "time-driven-effects");
        thread.setDaemon(true);
        return thread;
    });

    public ClockModule(Platform platform, EnterprisesModule enterprises) {
        this.platform = platform;
        this.enterprises = enterprises;
        this.time = platform.time();
        this.due = new DueEffects(platform.transactions(), time);
    }

    @Override
    public void register(Registrar registrar) {
        TestClocks clocks = new TestClocks(platform.transactions(), time, new ClockStore(), due,
                registrar::timeDrivenEffects);
        registrar.routes(new ClockAdmin(clocks, platform.transactions(), enterprises.store(), time, platform.sandbox(),
                        new AdminJson(platform.json())))
                .worker(this)
                .onStart(() -> {
                    if (platform.sandbox()) {
                        clocks.refresh();
                    }
                    timer.scheduleWithFixedDelay(() -> tick(clocks, registrar), TICK.toMillis(), TICK.toMillis(),
                            TimeUnit.MILLISECONDS);
                });
    }

    private void tick(TestClocks clocks, Registrar registrar) {
        try {
            if (platform.sandbox()) {
                clocks.refresh();
            }
            due.runDue(registrar.timeDrivenEffects());
        } catch (RuntimeException e) {
            LOG.warn("Applying time-driven effects failed; retrying on the next tick", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
