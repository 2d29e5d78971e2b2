package dev.connector.websockets;

import dev.connector.api.ApiException;
import dev.connector.events.Transactions;
import dev.connector.http.ErrorResponses;
import dev.connector.http.HttpRoutes;
import dev.connector.integrations.Authenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.UUID;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeResponse;

/**
 * {@code GET /ws/connector}: authenticates the upgrade with the ClientToken and AccessToken cookies (or, for clients
 * that cannot set cookies, query parameters of the same names) and reads the optional {@code Cursor}. A refused
 * upgrade is answered in the API's error shape and no socket opens.
 */
final class UpgradeRoutes implements HttpRoutes {

    static final String PATH = "/ws/connector";
    private static final String AUDIENCE = "connector.ws.audience";
    private static final String CURSOR = "connector.ws.cursor";
    private static final String APPLICATION = "connector.ws.application";

    private final Authenticator authenticator;
    private final Transactions transactions;
    private final EventSelections selections;
    private final ErrorResponses errors;
    private final Hub hub;

    UpgradeRoutes(Authenticator authenticator, Transactions transactions, EventSelections selections,
                  ErrorResponses errors, Hub hub) {
        this.authenticator = authenticator;
        this.transactions = transactions;
        this.selections = selections;
        this.errors = errors;
        this.hub = hub;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.wsBeforeUpgrade(PATH, this::authorise);
        // Javalin routes the upgrade request (and runs the check above); the socket itself comes from the creator
        // that WebSocketTuning maps to this path, so that the channel gets Jetty's listener with pong callbacks.
        routes.ws(PATH, ws -> {
        });
        routes.get(PATH, ctx -> {
            ctx.header("Upgrade", "websocket");
            throw new HttpResponseException(426, "Connect to " + PATH + " with a WebSocket client (ws:// or wss://).");
        });
    }

    private void authorise(Context ctx) {
        try {
            var grant = authenticator.authenticate(
                    either(ctx.cookie("ClientToken"), ctx.queryParam("ClientToken")),
                    either(ctx.cookie("AccessToken"), ctx.queryParam("AccessToken")));
            String cursorText = ctx.queryParam("Cursor");
            Cursor cursor = cursorText == null ? null : Cursor.parse(cursorText);
            var kinds = transactions.read(handle -> selections.of(handle, grant.integrationId()));
            ctx.attribute(AUDIENCE, new Audience(grant.integrationId(), new HashSet<>(grant.enterpriseIds()), kinds));
            ctx.attribute(CURSOR, cursor);
            ctx.attribute(APPLICATION, grant.applicationId());
        } catch (ApiException e) {
            hub.metrics().refused(e.status());
            refuse(ctx, e);
            throw e;
        }
    }

    /**
     * Writes the error shape of a refused upgrade. Javalin maps the exception (rethrown to stop the upgrade) but
     * writes no body on this path, so the body is written and committed here.
     */
    private void refuse(Context ctx, ApiException e) {
        errors.write(ctx, e.status(), e.getMessage(), e.details());
        forgetHttpSession(ctx.req());
        ctx.res().setHeader("Set-Cookie", null);
        byte[] body = ctx.result().getBytes(StandardCharsets.UTF_8);
        try {
            ctx.res().setContentLength(body.length);
            ctx.res().getOutputStream().write(body);
            ctx.res().flushBuffer();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not answer a refused WebSocket upgrade", failure);
        }
    }

    /**
     * Javalin opens an HTTP session for every upgrade (to copy its attributes); this channel keeps no HTTP state,
     * so the session is dropped at once instead of piling up for the life of the process.
     */
    private static void forgetHttpSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // Nothing to forget.
            }
        }
    }

    /** Jetty's creator for this path: the socket prepared by {@link #authorise}. */
    Object create(JettyServerUpgradeRequest request, JettyServerUpgradeResponse response) throws IOException {
        if (!(request.getServletAttribute(AUDIENCE) instanceof Audience audience)) {
            // Only reachable if the upgrade skipped the check above; never open a socket without it.
            response.sendForbidden("Not authenticated.");
            return null;
        }
        forgetHttpSession(request.getHttpServletRequest());
        return hub.socket((UUID) request.getServletAttribute(APPLICATION), audience,
                (Cursor) request.getServletAttribute(CURSOR));
    }

    private static String either(String cookie, String query) {
        return cookie != null && !cookie.isBlank() ? cookie : query;
    }
}
