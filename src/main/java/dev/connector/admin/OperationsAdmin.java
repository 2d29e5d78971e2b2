package dev.connector.admin;

import dev.connector.api.Operations;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** {@code GET /admin/v1/operations}: every API operation this server serves, as registered, in registration order. */
public final class OperationsAdmin implements HttpRoutes {

    /** One served operation: its path below {@code /api/connector/v1/} and how the reference lists it. */
    public record ServedOperation(String path, boolean deprecated, boolean restricted) {
    }

    /** The answer: one plural array, as every admin list. */
    public record ServedOperations(List<ServedOperation> operations) {
    }

    private final Operations operations;
    private final AdminJson json;

    public OperationsAdmin(Operations operations, AdminJson json) {
        this.operations = operations;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/admin/v1/operations", this::list);
    }

    private void list(Context ctx) {
        List<ServedOperation> served = operations.all().values().stream()
                .map(operation -> new ServedOperation(operation.path(),
                        operation.stage() == Operations.Stage.DEPRECATED,
                        operation.stage() == Operations.Stage.RESTRICTED))
                .toList();
        json.write(ctx, 200, new ServedOperations(served));
    }
}
