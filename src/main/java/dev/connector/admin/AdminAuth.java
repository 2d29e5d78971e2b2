package dev.connector.admin;

import dev.connector.api.Unauthorized;
import dev.connector.http.HttpRoutes;
import dev.connector.integrations.Tokens;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Guards every {@code /admin/*} endpoint with {@code Authorization: Bearer <admin token>}; anything else is 401 in
 * the API's error shape. Features add their admin endpoints under {@code /admin/v1/} and get this check for free.
 * The live stream alone also takes the token as {@code ?token=}, because a browser's EventSource cannot set headers.
 */
public final class AdminAuth implements HttpRoutes {

    /** The one path that accepts the token in its query (kept to one, as URLs end up in logs and histories). */
    static final String QUERY_TOKEN_PATH = "/admin/v1/live";

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
        String queryToken = ctx.queryParam("token");
        if (header == null && queryToken != null && ctx.path().equals(QUERY_TOKEN_PATH)) {
            if (!Tokens.same(adminToken, queryToken.trim())) {
                throw new Unauthorized("The admin token is not valid.");
            }
            return;
        }
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new Unauthorized("The admin API needs the header Authorization: Bearer <admin token>.");
        }
        if (!Tokens.same(adminToken, header.substring(prefix.length()).trim())) {
            throw new Unauthorized("The admin token is not valid.");
        }
    }
}
