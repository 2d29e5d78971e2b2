package dev.connector.modules;

/**
 * The one public entry type of a feature package ({@code CustomersModule}, {@code WebhooksModule}, ...): its
 * constructor builds the feature's stores and operations from the platform and the modules it depends on, and
 * {@link #register} adds the feature's parts to the server. The composition root lists modules in dependency order.
 */
public interface FeatureModule {

    /** Adds this feature's operations, routes, demo seed, workers and listeners; called once, before start. */
    void register(Registrar registrar);
}
