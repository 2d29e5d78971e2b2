package dev.connector.websockets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.NotFound;
import dev.connector.api.Require;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code /admin/v1/websockets}: the WebSocket connections open on this node, and closing one of them (with 1012,
 * so that a well-behaved client reconnects with its cursor). Behind the admin token guard.
 */
final class WebSocketsAdmin implements HttpRoutes {

    /** One open connection; {@code queued} counts events waiting to be written to it. */
    record Connection(UUID id, UUID applicationId, UUID integrationId, List<UUID> enterpriseIds,
                      List<EventKind> events, Instant connectedUtc, long framesSent, int queued) {

        static Connection of(ClientSocket socket) {
            Audience audience = socket.audience();
            return new Connection(socket.id(), socket.applicationId(), audience.integrationId(),
                    audience.enterpriseIds().stream().sorted().toList(),
                    audience.kinds().stream().sorted().toList(), socket.connectedUtc(), socket.framesSent(),
                    socket.queued());
        }
    }

    record ConnectionList(List<Connection> webSockets) {
    }

    record Disconnected(UUID id, int closeCode) {
    }

    private final Hub hub;
    private final ObjectMapper json;

    WebSocketsAdmin(Hub hub, ObjectMapper json) {
        this.hub = hub;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/admin/v1/websockets", ctx -> respond(ctx,
                new ConnectionList(hub.openSocketList().stream().map(Connection::of).toList())));
        routes.post("/admin/v1/websockets/{id}/disconnect", this::disconnect);
    }

    private void disconnect(Context ctx) throws JsonProcessingException {
        UUID id = Require.identifier(ctx.pathParam("id"), "the connection id in the path");
        if (!hub.disconnect(id)) {
            throw new NotFound("There is no WebSocket connection " + id + " open on this server.");
        }
        respond(ctx, new Disconnected(id, new CloseReason.ClosedByOperator().code()));
    }

    private void respond(Context ctx, Object body) throws JsonProcessingException {
        ctx.status(200).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
    }
}
