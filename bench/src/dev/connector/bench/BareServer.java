package dev.connector.bench;

import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ceiling: the same server library (Javalin on Jetty) with nothing behind it. {@code http PORT FILE} answers
 * every POST with the bytes of FILE; {@code ws PORT} pushes each body POSTed to /push to every open socket.
 */
public final class BareServer {

    private BareServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        if (args[0].equals("http")) {
            byte[] body = Files.readAllBytes(Path.of(args[2]));
            Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.concurrency.useVirtualThreads = true;
                config.routes.post("/<path>", ctx -> ctx.contentType("application/json; charset=utf-8").result(body));
                config.routes.get("/health", ctx -> ctx.result("ok"));
            }).start("127.0.0.1", port);
        } else {
            // Sockets join a group (?group=g) and a push goes to one group, like events that concern one hotel.
            java.util.Map<String, Set<WsContext>> groups = new ConcurrentHashMap<>();
            Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.concurrency.useVirtualThreads = true;
                config.routes.ws("/ws", ws -> {
                    ws.onConnect(ctx -> {
                        ctx.session.setIdleTimeout(java.time.Duration.ofMinutes(10));
                        groups.computeIfAbsent(group(ctx.queryParam("group")), g -> ConcurrentHashMap.newKeySet()).add(ctx);
                    });
                    ws.onClose(ctx -> groups.getOrDefault(group(ctx.queryParam("group")), Set.of()).remove(ctx));
                });
                config.routes.post("/push", ctx -> {
                    String frame = ctx.body();
                    for (WsContext socket : groups.getOrDefault(group(ctx.queryParam("group")), Set.of())) {
                        socket.send(frame);
                    }
                    ctx.result("ok");
                });
                config.routes.get("/health", ctx -> ctx.result("ok"));
            }).start("127.0.0.1", port);
        }
    }

    private static String group(String value) {
        return value == null ? "" : value;
    }
}
