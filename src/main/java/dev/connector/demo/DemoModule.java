package dev.connector.demo;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.enterprises.HotelSetup;
import dev.connector.integrations.IntegrationsModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.util.List;

/** The demo world: seeded on an empty store at start (unless turned off), and again by a sandbox reset. */
public final class DemoModule implements FeatureModule {

    private final DemoData demoData;
    private final boolean seedOnStart;

    /**
     * @param seeds       every module's demo seed, in registration order (a live view: seeds registered after this
     *                    module was built take part too)
     * @param seedOnStart false with {@code --no-demo}
     */
    public DemoModule(Platform platform, EnterprisesModule enterprises, IntegrationsModule integrations,
                      HotelSetup hotelSetup, List<DemoSeed> seeds, boolean seedOnStart) {
        this.demoData = new DemoData(platform.transactions(), enterprises.store(), integrations.store(), hotelSetup,
                seeds);
        this.seedOnStart = seedOnStart;
    }

    @Override
    public void register(Registrar registrar) {
        if (seedOnStart) {
            registrar.onStart(demoData::seedIfEmpty);
        }
    }

    public DemoData demoData() {
        return demoData;
    }
}
