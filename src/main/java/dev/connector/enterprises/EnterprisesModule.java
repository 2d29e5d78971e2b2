package dev.connector.enterprises;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Enterprises, their configuration and settings, and the per-enterprise counters other features number with. */
public final class EnterprisesModule implements FeatureModule {

    private final Platform platform;
    private final EnterpriseStore store = new EnterpriseStore();
    private final EnterpriseCounters counters = new EnterpriseCounters();
    private final EnterpriseSettingsStore settings;

    public EnterprisesModule(Platform platform) {
        this.platform = platform;
        this.settings = new EnterpriseSettingsStore(platform.documents());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("configuration/get", GetConfiguration.Request.class,
                        new GetConfiguration(platform.transactions(), store, settings, platform.json()))
                .operation("enterprises/getAll", GetAllEnterprises.Request.class,
                        new GetAllEnterprises(platform.transactions(), settings))
                .demoSeed(new EnterpriseDemoSeed(settings));
    }

    public EnterpriseStore store() {
        return store;
    }

    public EnterpriseCounters counters() {
        return counters;
    }

    public EnterpriseSettingsStore settings() {
        return settings;
    }
}
