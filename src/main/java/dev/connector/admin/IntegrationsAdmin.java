package dev.connector.admin;

import dev.connector.api.NotFound;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationLifecycle;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.integrations.IntegrationTransition;
import dev.connector.integrations.NewIntegration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code /admin/v1/integrations}: connect applications to enterprises, move integrations through their
 * lifecycle (disable, enable, cancel, reinstate, delete) and create API keys.
 */
public final class IntegrationsAdmin implements HttpRoutes {

    /** One integration as the admin API shows it. */
    record IntegrationView(UUID id, UUID applicationId, String name, String accessToken, IntegrationState state,
                           List<UUID> enterpriseIds, Instant createdUtc, Instant updatedUtc) {

        static IntegrationView of(Integration integration) {
            return new IntegrationView(integration.id(), integration.applicationId(), integration.name(),
                    integration.accessToken(), integration.state(), integration.enterpriseIds(),
                    integration.createdUtc(), integration.updatedUtc());
        }
    }

    record IntegrationList(List<IntegrationView> integrations) {
    }

    record ApiKeyView(UUID integrationId, String apiKey) {
    }

    private static final String ONE = "/admin/v1/integrations/{id}";

    private final IntegrationLifecycle lifecycle;
    private final Transactions transactions;
    private final IntegrationStore store;
    private final AdminJson json;

    public IntegrationsAdmin(IntegrationLifecycle lifecycle, Transactions transactions, IntegrationStore store,
                             AdminJson json) {
        this.lifecycle = lifecycle;
        this.transactions = transactions;
        this.store = store;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/admin/v1/integrations", this::create);
        routes.get("/admin/v1/integrations", this::list);
        routes.get(ONE, this::one);
        routes.post(ONE + "/disable", ctx -> apply(ctx, IntegrationTransition.DISABLE));
        routes.post(ONE + "/enable", ctx -> apply(ctx, IntegrationTransition.ENABLE));
        routes.post(ONE + "/cancel", ctx -> apply(ctx, IntegrationTransition.CANCEL));
        routes.post(ONE + "/reinstate", ctx -> apply(ctx, IntegrationTransition.REINSTATE));
        routes.delete(ONE, ctx -> apply(ctx, IntegrationTransition.DELETE));
        routes.post(ONE + "/api-keys", this::createApiKey);
    }

    private void create(Context ctx) {
        NewIntegration request = json.read(ctx, NewIntegration.class);
        json.write(ctx, 201, IntegrationView.of(lifecycle.create(request)));
    }

    /** Every integration that is not deleted, oldest first. */
    private void list(Context ctx) {
        List<IntegrationView> views = transactions.read(store::integrations).stream().map(IntegrationView::of).toList();
        json.write(ctx, 200, new IntegrationList(views));
    }

    /** One integration, deleted ones included (their state says so). */
    private void one(Context ctx) {
        UUID id = AdminJson.pathId(ctx, "id", "integration");
        Integration integration = transactions.read(handle -> store.integration(handle, id))
                .orElseThrow(() -> new NotFound("There is no integration with id " + id + "."));
        json.write(ctx, 200, IntegrationView.of(integration));
    }

    private void apply(Context ctx, IntegrationTransition transition) {
        UUID id = AdminJson.pathId(ctx, "id", "integration");
        json.write(ctx, 200, IntegrationView.of(lifecycle.apply(id, transition)));
    }

    private void createApiKey(Context ctx) {
        UUID id = AdminJson.pathId(ctx, "id", "integration");
        IntegrationLifecycle.CreatedApiKey key = lifecycle.createApiKey(id);
        json.write(ctx, 201, new ApiKeyView(key.integrationId(), key.apiKey()));
    }
}
