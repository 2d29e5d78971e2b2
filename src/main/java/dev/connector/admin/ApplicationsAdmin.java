package dev.connector.admin;

import dev.connector.integrations.Application;
import dev.connector.integrations.ApplicationRegistry;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code /admin/v1/applications}: register partner applications (each gets a ClientToken) and list them. */
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

    private final ApplicationRegistry registry;
    private final AdminJson json;

    public ApplicationsAdmin(ApplicationRegistry registry, AdminJson json) {
        this.registry = registry;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/admin/v1/applications", this::create);
        routes.get("/admin/v1/applications", this::list);
    }

    private void create(Context ctx) {
        CreateApplication request = json.read(ctx, CreateApplication.class);
        json.write(ctx, 201, ApplicationView.of(registry.register(request.name())));
    }

    private void list(Context ctx) {
        json.write(ctx, 200, new ApplicationList(registry.all().stream().map(ApplicationView::of).toList()));
    }
}
