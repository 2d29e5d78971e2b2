package dev.connector.admin;

import dev.connector.demo.DemoModule;
import dev.connector.enterprises.EnterpriseOnboarding;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.enterprises.HotelSetup;
import dev.connector.integrations.IntegrationsModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.reference.ReferenceModule;
import dev.connector.webhooks.WebhooksModule;
import dev.connector.websockets.WebSocketsModule;

/**
 * The admin API under {@code /admin/v1/} (what the API's operators do for partners: applications, integrations,
 * enterprises, the sandbox reset, the list of operations, an overview of the server), behind the admin token.
 */
public final class AdminModule implements FeatureModule {

    private final Platform platform;
    private final String adminToken;
    private final EnterprisesModule enterprises;
    private final IntegrationsModule integrations;
    private final ReferenceModule reference;
    private final HotelSetup hotelSetup;
    private final DemoModule demo;
    private final WebhooksModule webhooks;
    private final WebSocketsModule webSockets;

    public AdminModule(Platform platform, String adminToken, EnterprisesModule enterprises,
                       IntegrationsModule integrations, ReferenceModule reference, HotelSetup hotelSetup,
                       DemoModule demo, WebhooksModule webhooks, WebSocketsModule webSockets) {
        this.webhooks = webhooks;
        this.webSockets = webSockets;
        this.platform = platform;
        this.adminToken = adminToken;
        this.enterprises = enterprises;
        this.integrations = integrations;
        this.reference = reference;
        this.hotelSetup = hotelSetup;
        this.demo = demo;
    }

    @Override
    public void register(Registrar registrar) {
        AdminJson json = new AdminJson(platform.json());
        EnterpriseOnboarding onboarding = new EnterpriseOnboarding(platform.transactions(), enterprises.store(),
                hotelSetup, reference.data(), platform.ids());
        SandboxReset reset = new SandboxReset(platform.transactions(), platform.database().dialect(),
                integrations.store(), integrations.lifecycle(), demo.demoData());
        registrar.routes(new AdminAuth(adminToken))
                .routes(new ApplicationsAdmin(integrations.applications(), platform.transactions(), integrations.store(),
                        webhooks, webSockets, json))
                .routes(new OverviewAdmin(onboarding, platform.transactions(), integrations.store(), webhooks,
                        webSockets, platform.database().dialect().label(), platform.sandbox(), platform.clock(),
                        json))
                .routes(new EnterprisesAdmin(onboarding, json))
                .routes(new IntegrationsAdmin(integrations.lifecycle(), platform.transactions(), integrations.store(),
                        json))
                .routes(new SandboxAdmin(reset, platform.sandbox(), json))
                .routes(new OperationsAdmin(registrar.operations(), json));
    }
}
