package dev.connector.admin;

import dev.connector.api.Unauthorized;
import dev.connector.http.HttpRoutes;
import dev.connector.integrations.Tokens;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Guards every {@code /admin/*} endpoint with {@code Authorization: Bearer <admin token>}; anything else is 401 in
 * the API's error shape. Features add their admin endpoints under {@code /admin/v1/} and get this check for free.
 */
public final class AdminAuth implements HttpRoutes {

    private final String adminToken;

    public AdminAuth(String adminToken) {
        this.adminToken = adminToken;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.before("/admin/<rest>", this::check);
    }

    private void check(Context ctx) {
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new Unauthorized("The admin API needs the header Authorization: Bearer <admin token>.");
        }
        if (!Tokens.same(adminToken, header.substring(prefix.length()).trim())) {
            throw new Unauthorized("The admin token is not valid.");
        }
    }
}
