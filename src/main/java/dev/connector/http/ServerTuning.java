package dev.connector.http;

import io.javalin.config.JavalinConfig;

/** Extra Jetty settings a feature needs (TLS connector, WebSocket limits); applied while the server is built. */
@FunctionalInterface
public interface ServerTuning {

    ServerTuning NONE = config -> {
    };

    void apply(JavalinConfig config);
}
