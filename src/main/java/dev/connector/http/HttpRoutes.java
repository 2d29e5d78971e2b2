package dev.connector.http;

import io.javalin.config.RoutesConfig;

/** A feature's own endpoints outside API Operations (admin API, WebSockets, ...), added when the server is built. */
@FunctionalInterface
public interface HttpRoutes {

    void addTo(RoutesConfig routes);
}
