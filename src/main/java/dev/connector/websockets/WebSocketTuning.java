package dev.connector.websockets;

import dev.connector.http.ServerTuning;
import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.Optional;

/**
 * The channel's Jetty settings: the creator of {@code /ws/connector} sockets, limits on what clients may send, an
 * idle timeout above the ping interval, and (optionally) a TLS connector in place of the plain one.
 */
final class WebSocketTuning implements ServerTuning {

    /** Clients have nothing to say on this channel; a larger message is refused by Jetty. */
    private static final long MAX_CLIENT_MESSAGE_BYTES = 64 * 1024;

    private final UpgradeRoutes upgrades;
    private final Duration idleTimeout;
    private final Optional<Tls> tls;

    WebSocketTuning(UpgradeRoutes upgrades, WebSocketSettings settings, Optional<Tls> tls) {
        this.upgrades = upgrades;
        // Liveness is judged by pings; the idle timeout only catches sockets the keep-alive somehow misses.
        this.idleTimeout = settings.pingInterval().multipliedBy(3).compareTo(Duration.ofSeconds(10)) < 0
                ? Duration.ofSeconds(10)
                : settings.pingInterval().multipliedBy(3);
        this.tls = tls;
    }

    @Override
    public void apply(JavalinConfig config) {
        config.jetty.modifyWebSocketServletFactory(factory -> {
            factory.setIdleTimeout(idleTimeout);
            factory.setMaxTextMessageSize(MAX_CLIENT_MESSAGE_BYTES);
            factory.setMaxBinaryMessageSize(MAX_CLIENT_MESSAGE_BYTES);
            // An exact path outranks the catch-all creator Javalin registers, so this path's sockets are ours.
            factory.addMapping(UpgradeRoutes.PATH, upgrades::create);
        });
        tls.ifPresent(secure -> config.jetty.addConnector(
                (server, http) -> secure.connector(server, http, config.jetty.host, config.jetty.port)));
    }
}
