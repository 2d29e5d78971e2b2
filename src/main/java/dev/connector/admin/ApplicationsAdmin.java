package dev.connector.admin;

import dev.connector.api.NotFound;
import dev.connector.events.GeneralEventKind;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import dev.connector.integrations.Application;
import dev.connector.integrations.ApplicationRegistry;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.webhooks.WebhookRegistration;
import dev.connector.webhooks.WebhooksModule;
import dev.connector.websockets.EventKind;
import dev.connector.websockets.WebSocketsModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code /admin/v1/applications}: register partner applications (each gets a ClientToken), list them, and show
 * one with everything configured for it: webhook registration and signing secrets, and its integrations with the
 * events each receives by webhook and by WebSocket.
 */
public final class ApplicationsAdmin implements HttpRoutes {

    /** Body of {@code POST /admin/v1/applications}. */
    record CreateApplication(String name) {
    }

    /** One application as the admin API shows it. */
    record ApplicationView(UUID id, String name, String clientToken, Instant createdUtc) {
        static ApplicationView of(Application application) {
            return new ApplicationView(application.id(), application.name(), application.clientToken(),
                    application.createdUtc());
        }
    }

    record ApplicationList(List<ApplicationView> applications) {
    }

    /** One application in full ({@code GET /admin/v1/applications/{id}}); deleted integrations are left out. */
    record ApplicationDetail(UUID id, String name, String clientToken, Instant createdUtc, WebhookRegistration webhooks,
                             List<IntegrationEvents> integrations) {
    }

    record IntegrationEvents(UUID id, String name, IntegrationState state, String accessToken, List<UUID> enterpriseIds,
                             List<GeneralEventKind> webhookEvents, List<EventKind> webSocketEvents) {
    }

    private final ApplicationRegistry registry;
    private final Transactions transactions;
    private final IntegrationStore integrations;
    private final WebhooksModule webhooks;
    private final WebSocketsModule webSockets;
    private final AdminJson json;

    public ApplicationsAdmin(ApplicationRegistry registry, Transactions transactions, IntegrationStore integrations,
                             WebhooksModule webhooks, WebSocketsModule webSockets, AdminJson json) {
        this.registry = registry;
        this.transactions = transactions;
        this.integrations = integrations;
        this.webhooks = webhooks;
        this.webSockets = webSockets;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/admin/v1/applications", this::create);
        routes.get("/admin/v1/applications", this::list);
        routes.get("/admin/v1/applications/{id}", this::one);
    }

    private void create(Context ctx) {
        CreateApplication request = json.read(ctx, CreateApplication.class);
        json.write(ctx, 201, ApplicationView.of(registry.register(request.name())));
    }

    private void one(Context ctx) {
        UUID id = AdminJson.pathId(ctx, "id", "application");
        Application application = transactions.read(handle -> integrations.application(handle, id))
                .orElseThrow(() -> new NotFound("There is no application with id " + id + "."));
        List<IntegrationEvents> connected = transactions.read(integrations::integrations).stream()
                .filter(integration -> integration.applicationId().equals(id))
                .map(integration -> new IntegrationEvents(integration.id(), integration.name(), integration.state(),
                        integration.accessToken(), integration.enterpriseIds(),
                        webhooks.generalEvents(integration.id()),
                        webSockets.events(integration.id()).stream().sorted().toList()))
                .toList();
        json.write(ctx, 200, new ApplicationDetail(application.id(), application.name(), application.clientToken(),
                application.createdUtc(), webhooks.registration(id), connected));
    }

    private void list(Context ctx) {
        json.write(ctx, 200, new ApplicationList(registry.all().stream().map(ApplicationView::of).toList()));
    }
}
