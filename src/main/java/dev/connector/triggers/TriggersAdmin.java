package dev.connector.triggers;

import dev.connector.admin.AdminJson;
import dev.connector.api.Forbidden;
import dev.connector.http.HttpRoutes;
import dev.connector.http.RequestIds;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /admin/v1/sandbox/triggers} runs a trigger, {@code GET} lists them; in sandbox mode only (403 with
 * {@code --production}). Behind the admin token like every {@code /admin/} endpoint.
 */
final class TriggersAdmin implements HttpRoutes {

    private static final String PATH = "/admin/v1/sandbox/triggers";

    private final TriggerRunner runner;
    private final boolean sandbox;
    private final AdminJson json;

    TriggersAdmin(TriggerRunner runner, boolean sandbox, AdminJson json) {
        this.runner = runner;
        this.sandbox = sandbox;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::run);
    }

    private void list(Context ctx) {
        requireSandbox();
        json.write(ctx, 200, runner.list());
    }

    private void run(Context ctx) {
        requireSandbox();
        TriggerRunner.Request request = json.read(ctx, TriggerRunner.Request.class);
        json.write(ctx, 201, runner.run(request, RequestIds.of(ctx)));
    }

    private void requireSandbox() {
        if (!sandbox) {
            throw new Forbidden("Triggers are a sandbox tool: this server runs with --production, where data changes "
                    + "only through the API.");
        }
    }
}
