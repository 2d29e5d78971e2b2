package dev.connector.integrations;

import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Partner applications and their integrations: the token checks every API call and socket goes through, and
 * the lifecycle (which emits Integration Webhook events). Its admin endpoints are the admin module's.
 */
public final class IntegrationsModule implements FeatureModule {

    private final IntegrationStore store = new IntegrationStore();
    private final Tokens tokens = new Tokens();
    private final Authenticator authenticator;
    private final List<IntegrationStateListener> listeners = new CopyOnWriteArrayList<>();
    private final IntegrationLifecycle lifecycle;
    private final ApplicationRegistry applications;

    public IntegrationsModule(Platform platform, EnterprisesModule enterprises) {
        this.authenticator = new Authenticator(platform.database().jdbi(), store);
        this.listeners.add(authenticator);
        this.lifecycle = new IntegrationLifecycle(platform.transactions(), store, enterprises.store(), tokens,
                platform.json(), listeners, platform.ids());
        this.applications = new ApplicationRegistry(platform.transactions(), store, tokens, platform.ids());
    }

    /** Nothing of its own to serve: the API and the admin API reach integrations through the accessors below. */
    @Override
    public void register(Registrar registrar) {
    }

    /** Told after an integration's state or enterprises changed (e.g. to close its WebSockets). */
    public void onIntegrationChange(IntegrationStateListener listener) {
        listeners.add(listener);
    }

    public IntegrationStore store() {
        return store;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public IntegrationLifecycle lifecycle() {
        return lifecycle;
    }

    public ApplicationRegistry applications() {
        return applications;
    }
}
