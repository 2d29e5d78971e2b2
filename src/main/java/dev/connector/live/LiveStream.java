package dev.connector.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /admin/v1/live}: the live feed as Server-Sent Events, one SSE event per {@link LiveEvent} (event name
 * the kind, id the feed's sequence, data the event as JSON). It opens with a {@code Subscribed} event, sends a
 * comment every few seconds so that proxies keep the connection, and ends with a {@code Dropped} event when the
 * watcher fell too far behind or the server stops. Each watcher is served on its own (virtual) request thread,
 * so a slow browser only ever blocks its own writes.
 */
final class LiveStream implements HttpRoutes {

    static final String PATH = "/admin/v1/live";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(10);
    private static final int WRITE_BATCH = 200;

    /** The first event of a stream: what this watcher will see. */
    record Subscribed(List<LiveKind> kinds, String application, String enterprise, int bufferSize) {
    }

    /** The last event of a stream that the server ended. */
    record Dropped(String reason) {
    }

    private final LiveFeed feed;
    private final ObjectMapper json;
    private final Runnable watcherJoined;

    /** {@code watcherJoined} runs once a watcher is subscribed, before it is told so. */
    LiveStream(LiveFeed feed, ObjectMapper json, Runnable watcherJoined) {
        this.feed = feed;
        this.json = json;
        this.watcherJoined = watcherJoined;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::stream);
    }

    private void stream(Context ctx) throws IOException, InterruptedException {
        LiveFilter filter = LiveFilter.parse(ctx::queryParam);
        try (LiveFeed.Subscription subscription = feed.subscribe(filter)) {
            watcherJoined.run();
            HttpServletResponse response = ctx.res();
            response.setStatus(200);
            response.setContentType("text/event-stream");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            // Asks nginx-like proxies not to buffer the stream.
            response.setHeader("X-Accel-Buffering", "no");
            OutputStream out = response.getOutputStream();
            ByteArrayOutputStream chunk = new ByteArrayOutputStream();
            chunk.writeBytes("retry: 2000\n".getBytes(StandardCharsets.UTF_8));
            event(chunk, null, "Subscribed", new Subscribed(List.copyOf(filter.kinds()),
                    filter.applicationId() == null ? null : filter.applicationId().toString(),
                    filter.enterpriseId() == null ? null : filter.enterpriseId().toString(),
                    subscription.capacity()));
            send(out, chunk);
            pump(subscription, out, chunk);
        } catch (IOException browserLeft) {
            // The watcher closed the page: nothing to answer.
        }
    }

    private void pump(LiveFeed.Subscription subscription, OutputStream out, ByteArrayOutputStream chunk)
            throws IOException, InterruptedException {
        long lastWrite = System.nanoTime();
        List<LiveEvent> batch = new ArrayList<>();
        while (true) {
            LiveEvent first = subscription.next(POLL);
            if (first == null) {
                String ended = subscription.endReason();
                if (ended != null) {
                    event(chunk, null, "Dropped", new Dropped(ended));
                    send(out, chunk);
                    return;
                }
                if (System.nanoTime() - lastWrite >= KEEP_ALIVE.toNanos()) {
                    chunk.writeBytes(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    send(out, chunk);
                    lastWrite = System.nanoTime();
                }
                continue;
            }
            batch.add(first);
            subscription.drainTo(batch, WRITE_BATCH - 1);
            for (LiveEvent event : batch) {
                event(chunk, event.id(), event.kind().name(), event);
            }
            batch.clear();
            send(out, chunk);
            lastWrite = System.nanoTime();
        }
    }

    private void event(ByteArrayOutputStream chunk, Long id, String name, Object data) throws IOException {
        StringBuilder text = new StringBuilder(256);
        if (id != null) {
            text.append("id: ").append(id).append('\n');
        }
        // JSON written by the mapper has no raw line breaks, so one data line carries the whole event.
        text.append("event: ").append(name).append('\n')
                .append("data: ").append(json.writeValueAsString(data)).append("\n\n");
        chunk.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(OutputStream out, ByteArrayOutputStream chunk) throws IOException {
        chunk.writeTo(out);
        chunk.reset();
        out.flush();
    }
}
