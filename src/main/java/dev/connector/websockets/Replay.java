package dev.connector.websockets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.events.Outbox;
import dev.connector.events.StoredEvent;
import dev.connector.events.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a socket every event after its starting cursor that it may see, then hands it to the live stream at exactly
 * the hub's position. Runs on its own virtual thread and goes at the client's pace, so a long replay never overflows
 * the socket's queue or slows the hub.
 */
final class Replay implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    /** Rounds of catching up without holding the hub back; a hub that keeps moving ahead is then paused briefly. */
    private static final int FREE_ROUNDS = 5;

    /** Where queued events go: waiting for room (replay pace) or at once (while the hub is paused). */
    @FunctionalInterface
    private interface Sink {
        boolean accept(List<RoutedEvent> events) throws InterruptedException;
    }

    private final Hub hub;
    private final ClientSocket socket;
    private final Transactions transactions;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final WebSocketSettings settings;
    private final Clock clock;

    Replay(Hub hub, ClientSocket socket, Transactions transactions, Outbox outbox, ObjectMapper json,
           WebSocketSettings settings, Clock clock) {
        this.hub = hub;
        this.socket = socket;
        this.transactions = transactions;
        this.outbox = outbox;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            Optional<CloseReason> refusal = socket.resuming() ? transactions.read(this::refusal) : Optional.empty();
            if (refusal.isPresent()) {
                socket.close(refusal.get());
                return;
            }
            long at = socket.startAfter().position();
            int rounds = 0;
            while (!socket.isClosed()) {
                long target = hub.position();
                if (target < at) {
                    // The client saw events (through another node) that this hub has not read yet.
                    hub.awaitPosition(at);
                    continue;
                }
                if (rounds++ >= FREE_ROUNDS) {
                    long from = at;
                    hub.whilePaused(paused -> {
                        copyPaused(from, paused);
                        hub.join(socket);
                        return null;
                    });
                    return;
                }
                at = copy(at, target, socket::offerWhenRoom);
                if (hub.joinAt(socket, at)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socket.close(new CloseReason.ServerStopping());
        } catch (RuntimeException e) {
            LOG.warn("Replaying events for a WebSocket failed; closing it so that the client reconnects", e);
            socket.close(new CloseReason.ServerError());
        }
    }

    /**
     * Why the cursor cannot be resumed, if it cannot: it is ahead of every event, or an event this socket would
     * have received after it is older than the retention. Events the socket would not see (other hotels, other
     * kinds) do not age a cursor, so a client that was quiet while connected resumes however old its cursor is.
     */
    private Optional<CloseReason> refusal(Handle handle) {
        long cursor = socket.startAfter().position();
        if (cursor > outbox.lastPosition(handle)) {
            return Optional.of(new CloseReason.CursorUnknown());
        }
        Audience audience = socket.audience();
        Instant horizon = clock.instant().minus(settings.retention());
        long at = cursor;
        while (true) {
            List<StoredEvent> aged = outbox.committedBefore(handle, at, audience.enterpriseIds(), horizon, Hub.PAGE);
            for (StoredEvent stored : aged) {
                if (RoutedEvent.of(stored, json).filter(audience::sees).isPresent()) {
                    return Optional.of(new CloseReason.CursorExpired(settings.retention()));
                }
            }
            if (aged.size() < Hub.PAGE) {
                return Optional.empty();
            }
            at = aged.getLast().position();
        }
    }

    private void copyPaused(long from, long target) {
        try {
            copy(from, target, events -> {
                socket.offer(events);
                return !socket.isClosed();
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socket.close(new CloseReason.ServerStopping());
        }
    }

    /** Queues the visible events in (from, target]; returns where it got to ({@code target} unless the socket closed). */
    private long copy(long from, long target, Sink sink) throws InterruptedException {
        long at = from;
        while (at < target && !socket.isClosed()) {
            long after = at;
            List<StoredEvent> page = transactions.read(handle -> outbox.after(handle, after, Hub.PAGE));
            List<RoutedEvent> visible = new ArrayList<>();
            Audience audience = socket.audience();
            for (StoredEvent stored : page) {
                if (stored.position() > target) {
                    break;
                }
                RoutedEvent.of(stored, json).filter(audience::sees).ifPresent(visible::add);
            }
            for (int start = 0; start < visible.size(); start += socket.maxBatch()) {
                List<RoutedEvent> batch = visible.subList(start, Math.min(visible.size(), start + socket.maxBatch()));
                if (!sink.accept(List.copyOf(batch))) {
                    return at;
                }
            }
            boolean pageReachesTarget = page.size() < Hub.PAGE || page.get(page.size() - 1).position() >= target;
            at = pageReachesTarget ? target : page.get(page.size() - 1).position();
        }
        return at;
    }
}
