package dev.connector.triggers;

import dev.connector.admin.AdminJson;
import dev.connector.availability.AvailabilityModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.integrations.IntegrationsModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.payments.PaymentsModule;

/**
 * Sandbox triggers: {@code /admin/v1/sandbox/triggers} makes real changes (a booking, a check-out, a failed
 * payment, ...) through the same API operations partners call, acting as an integration of the enterprise, so
 * that reads, webhooks and WebSocket events agree with them.
 */
public final class TriggersModule implements FeatureModule {

    private final Platform platform;
    private final EnterprisesModule enterprises;
    private final IntegrationsModule integrations;
    private final TriggerCatalogue catalogue;

    public TriggersModule(Platform platform, EnterprisesModule enterprises, AvailabilityModule availability,
                          PaymentsModule payments, IntegrationsModule integrations) {
        this.platform = platform;
        this.enterprises = enterprises;
        this.integrations = integrations;
        Prerequisites prerequisites = new Prerequisites(platform.transactions(), availability.availability(),
                platform.ids());
        this.catalogue = new TriggerCatalogue(prerequisites, platform.transactions(), payments);
    }

    @Override
    public void register(Registrar registrar) {
        // The registry fills up as modules install; the triggers read it when they run, after every module has.
        TriggerRunner runner = new TriggerRunner(catalogue, registrar.operations(), platform.json(),
                platform.transactions(), enterprises.store(), integrations.store(), platform.time());
        registrar.routes(new TriggersAdmin(runner, platform.sandbox(), new AdminJson(platform.json())))
                .onStart(runner::checkOperations);
    }
}
