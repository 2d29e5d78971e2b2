package dev.connector.admin;

import dev.connector.api.Forbidden;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /admin/v1/sandbox/reset}: back to the demo data, in sandbox mode only. */
public final class SandboxAdmin implements HttpRoutes {

    private final SandboxReset reset;
    private final boolean sandbox;
    private final AdminJson json;

    public SandboxAdmin(SandboxReset reset, boolean sandbox, AdminJson json) {
        this.reset = reset;
        this.sandbox = sandbox;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/admin/v1/sandbox/reset", this::reset);
    }

    private void reset(Context ctx) {
        if (!sandbox) {
            throw new Forbidden("This server runs in production mode, where the data cannot be reset.");
        }
        json.write(ctx, 200, reset.reset());
    }
}
