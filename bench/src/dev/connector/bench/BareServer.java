package dev.connector.bench;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.websocket.WsContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The ceiling: the same server library (Javalin on Jetty) with nothing behind it. {@code http PORT FILE} answers
 * every POST with the bytes of FILE; {@code ws PORT} pushes each body POSTed to /push to every open socket;
 * {@code fanout PORT} produces events itself and fans each out to every socket on /ws (see {@link #fanout}).
 */
public final class BareServer {

    /** The room every fan-out frame names; the bench reads only the cursor. */
    private static final String FANOUT_ROOM_ID = "00000000-0000-0000-0000-000000000001";

    private BareServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        if (args[0].equals("http")) {
            byte[] body = Files.readAllBytes(Path.of(args[2]));
            serve(port, config -> {
                config.routes.post("/<path>", ctx -> ctx.contentType("application/json; charset=utf-8").result(body));
            });
        } else if (args[0].equals("fanout")) {
            fanout(port);
        } else {
            // Sockets join a group (?group=g) and a push goes to one group, like events that concern one hotel.
            java.util.Map<String, Set<WsContext>> groups = new ConcurrentHashMap<>();
            serve(port, config -> {
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
            });
        }
    }

    /** Javalin on 127.0.0.1:{@code port} as every mode runs it: virtual threads, /health, and {@code routes}. */
    private static void serve(int port, Consumer<JavalinConfig> routes) {
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.routes.get("/health", ctx -> ctx.result("ok"));
            routes.accept(config);
        }).start("127.0.0.1", port);
    }

    private static String group(String value) {
        return value == null ? "" : value;
    }

    /**
     * The reference for a hotel's fan-out, done as well as Jetty allows: POST /fanout?rate=R&seconds=S produces R
     * events a second for S seconds on one thread of its own; each event's frame is built once and handed to every
     * open socket with Jetty's asynchronous send, so that no socket is ever waited for. The answer is the first and
     * last cursor produced; GET /sent lists "cursor due-time-in-epoch-micros" for every event so far.
     */
    private static void fanout(int port) {
        Set<Session> sessions = ConcurrentHashMap.newKeySet();
        long[] dueMicros = new long[1 << 20];
        AtomicInteger produced = new AtomicInteger();
        LongAdder failedSends = new LongAdder();
        // One callback for every send: only failures need noting, and they are only counted.
        Callback counting = new Callback() {
            @Override
            public void fail(Throwable cause) {
                failedSends.increment();
            }
        };
        Object oneRunAtATime = new Object();
        serve(port, config -> {
            config.routes.ws("/ws", ws -> {
                ws.onConnect(ctx -> {
                    ctx.session.setIdleTimeout(java.time.Duration.ofMinutes(10));
                    sessions.add(ctx.session);
                });
                ws.onClose(ctx -> sessions.remove(ctx.session));
            });
            config.routes.post("/fanout", ctx -> {
                double rate = Double.parseDouble(ctx.queryParam("rate"));
                long events = Math.round(rate * Double.parseDouble(ctx.queryParam("seconds")));
                synchronized (oneRunAtATime) {
                    int first = produced.get() + 1;
                    Thread producer = Thread.ofPlatform().name("fanout").start(() -> {
                        long startNanos = System.nanoTime();
                        long startMicros = Receiver.micros(Instant.now());
                        for (long n = 0; n < events; n++) {
                            long dueNanos = startNanos + Math.round(n * 1e9 / rate);
                            long wait = dueNanos - System.nanoTime();
                            if (wait > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            int cursor = produced.get() + 1;
                            // An event counts from when it was due, not from when this thread got to it: a fan-out
                            // that falls behind shows it in the latency, as the connector's would after a commit.
                            dueMicros[cursor] = startMicros + (dueNanos - startNanos) / 1000;
                            String frame = "{\"Events\":[{\"Type\":\"Resource\",\"Id\":\"" + FANOUT_ROOM_ID + "\",\"State\":\""
                                    + (cursor % 2 == 0 ? "Dirty" : "Clean") + "\"}],\"Cursor\":\"" + cursor + "\"}";
                            for (Session session : sessions) {
                                session.sendText(frame, counting);
                            }
                            produced.set(cursor);
                        }
                    });
                    producer.join();
                    ctx.result(first + " " + produced.get());
                }
            });
            config.routes.get("/sent", ctx -> {
                StringBuilder lines = new StringBuilder();
                for (int cursor = 1; cursor <= produced.get(); cursor++) {
                    lines.append(cursor).append(' ').append(dueMicros[cursor]).append('\n');
                }
                ctx.result(lines.toString());
            });
            config.routes.get("/failed", ctx -> ctx.result(Long.toString(failedSends.sum())));
        });
    }
}
