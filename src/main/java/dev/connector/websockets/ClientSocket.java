package dev.connector.websockets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's WebSocket: what it may see, its bounded queue of events waiting to be written (one frame in flight
 * at a time, queued batches merged into the next frame), and its keep-alive. Thread-safe: the hub, the replay,
 * the keep-alive timer and Jetty's callbacks all call in. Public only because Jetty calls the listener methods
 * through method handles; nothing outside this package creates or uses one.
 */
public final class ClientSocket implements Session.Listener.AutoDemanding {

    private static final Logger LOG = LoggerFactory.getLogger(ClientSocket.class);
    private static final int MAX_CLOSE_REASON_BYTES = 123;

    /** How a socket's life is seen by the hub that serves it. */
    interface Host {
        /** The handshake completed: start replaying from the cursor, or join the live stream. */
        void opened(ClientSocket socket);

        /** The socket is closed (by us or by the client); called exactly once. */
        void left(ClientSocket socket, CloseReason reason);

        /** A frame of {@code events} was written to the client ({@code live} ones, or replayed ones). */
        void sent(ClientSocket socket, List<RoutedEvent> events, boolean live);
    }

    /** Events handed to the socket together; {@code live} ones count toward the commit-to-send latency. */
    private record Batch(List<RoutedEvent> events, boolean live) {
    }

    private final Host host;
    private final UUID id = UUID.randomUUID();
    private final UUID applicationId;
    private final Instant connectedUtc;
    private final AtomicLong framesSent = new AtomicLong();
    private final Cursor startAfter;
    private final boolean resuming;
    private final int queueLimit;
    private final int maxFrameEvents;
    private final Duration pingInterval;
    private final WebSocketMetrics metrics;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    private volatile Audience audience;
    private volatile Session session;
    private volatile long lastHeardNanos;
    private volatile long lastPingNanos;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition room = lock.newCondition();
    private final ArrayDeque<Batch> queue = new ArrayDeque<>();
    private final AtomicInteger drainRequests = new AtomicInteger();
    private int waitingEvents;
    private boolean sending;
    private boolean closed;

    /**
     * @param startAfter the client's cursor, or the last settled event when the client connected without one
     * @param resuming   true when {@code startAfter} is the client's own cursor
     */
    ClientSocket(Host host, UUID applicationId, Audience audience, Cursor startAfter, boolean resuming,
                 WebSocketSettings settings, int maxFrameEvents, WebSocketMetrics metrics, Clock clock,
                 ScheduledExecutorService timer) {
        this.host = host;
        this.applicationId = applicationId;
        this.connectedUtc = clock.instant();
        this.audience = audience;
        this.startAfter = startAfter;
        this.resuming = resuming;
        this.queueLimit = settings.queueLimit();
        this.maxFrameEvents = Math.min(maxFrameEvents, settings.queueLimit());
        this.pingInterval = settings.pingInterval();
        this.metrics = metrics;
        this.clock = clock;
        this.timer = timer;
    }

    Audience audience() {
        return audience;
    }

    /** This connection's id in the admin API. */
    UUID id() {
        return id;
    }

    UUID applicationId() {
        return applicationId;
    }

    Instant connectedUtc() {
        return connectedUtc;
    }

    long framesSent() {
        return framesSent.get();
    }

    /** Events waiting to be written. */
    int queued() {
        lock.lock();
        try {
            return waitingEvents;
        } finally {
            lock.unlock();
        }
    }

    void audience(Audience value) {
        this.audience = value;
    }

    /** The socket receives the events after this position. */
    Cursor startAfter() {
        return startAfter;
    }

    /** True when the client asked to resume from its own cursor (which may then be refused as too old). */
    boolean resuming() {
        return resuming;
    }

    /** Largest number of events one call of {@link #offerWhenRoom} may carry. */
    int maxBatch() {
        return maxFrameEvents;
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Queues live events; when they would pass the queue limit the socket is closed instead. Never blocks. */
    void offer(List<RoutedEvent> events) {
        boolean overflow;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            overflow = waitingEvents + events.size() > queueLimit;
            if (!overflow) {
                queue.add(new Batch(events, true));
                waitingEvents += events.size();
            }
        } finally {
            lock.unlock();
        }
        if (overflow) {
            close(new CloseReason.SlowConsumer(queueLimit));
        } else {
            drain();
        }
    }

    /**
     * Queues replayed events once they fit (at most {@link #maxBatch()}), so a long replay goes at the client's pace
     * instead of overflowing. Returns false when the socket closed meanwhile.
     */
    boolean offerWhenRoom(List<RoutedEvent> events) throws InterruptedException {
        if (events.size() > maxFrameEvents) {
            throw new IllegalArgumentException("A replay batch holds at most " + maxFrameEvents + " events, not " + events.size());
        }
        lock.lock();
        try {
            while (!closed && waitingEvents + events.size() > queueLimit) {
                room.await();
            }
            if (closed) {
                return false;
            }
            queue.add(new Batch(events, false));
            waitingEvents += events.size();
        } finally {
            lock.unlock();
        }
        drain();
        return true;
    }

    /** Closes the socket with a close frame; if the client does not finish the close handshake in time, drops it. */
    void close(CloseReason reason) {
        if (!finish(reason)) {
            return;
        }
        Session current = session;
        if (current == null) {
            return;
        }
        current.close(reason.code(), truncate(reason.text()), Callback.NOOP);
        try {
            timer.schedule(() -> {
                if (current.isOpen()) {
                    current.disconnect();
                }
            }, Math.max(pingInterval.toMillis(), 1_000), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            current.disconnect();
        }
    }

    /** Called every ping interval: closes a socket that did not answer the previous ping, else pings it. */
    void keepAlive(long nowNanos) {
        Session current = session;
        if (current == null || isClosed()) {
            return;
        }
        long pinged = lastPingNanos;
        if (pinged != 0 && lastHeardNanos - pinged < 0) {
            close(new CloseReason.NoPong(pingInterval));
            return;
        }
        lastPingNanos = nowNanos;
        current.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        this.session = opened;
        this.lastHeardNanos = System.nanoTime();
        host.opened(this);
    }

    @Override
    public void onWebSocketPong(ByteBuffer payload) {
        lastHeardNanos = System.nanoTime();
    }

    @Override
    public void onWebSocketText(String message) {
        // Clients have nothing to say on this channel; a message still shows the client is alive.
        lastHeardNanos = System.nanoTime();
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        lastHeardNanos = System.nanoTime();
        callback.succeed();
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        finish(new CloseReason.Disconnected(statusCode));
        callback.succeed();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("WebSocket failed: {}", cause.toString());
        if (finish(new CloseReason.Disconnected(1006))) {
            Session current = session;
            if (current != null && current.isOpen()) {
                current.disconnect();
            }
        }
    }

    /** Marks the socket closed, drops what it was still to be sent, and tells the hub; true only the first time. */
    private boolean finish(CloseReason reason) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            closed = true;
            queue.clear();
            waitingEvents = 0;
            room.signalAll();
        } finally {
            lock.unlock();
        }
        metrics.closed(reason);
        host.left(this, reason);
        return true;
    }

    /**
     * Writes queued frames one at a time. Several threads may ask at once (the hub, a write completing); one of
     * them does the work and the others only make it look again, so a write that completes at once does not recurse.
     */
    private void drain() {
        if (drainRequests.getAndIncrement() != 0) {
            return;
        }
        do {
            Batch next = null;
            lock.lock();
            try {
                if (!sending && !closed && !queue.isEmpty()) {
                    next = takeFrame();
                    sending = true;
                }
            } finally {
                lock.unlock();
            }
            if (next != null) {
                write(next);
            }
        } while (drainRequests.decrementAndGet() != 0);
    }

    /** The next frame: the oldest batch merged with the ones after it of the same kind, up to the frame size. */
    private Batch takeFrame() {
        Batch first = queue.poll();
        if (first.events().size() > maxFrameEvents) {
            queue.addFirst(new Batch(first.events().subList(maxFrameEvents, first.events().size()), first.live()));
            return new Batch(first.events().subList(0, maxFrameEvents), first.live());
        }
        List<RoutedEvent> events = new ArrayList<>(first.events());
        while (!queue.isEmpty() && queue.peek().live() == first.live()
                && events.size() + queue.peek().events().size() <= maxFrameEvents) {
            events.addAll(queue.poll().events());
        }
        return new Batch(events, first.live());
    }

    private void write(Batch frame) {
        Session current = session;
        current.sendText(render(frame.events()), Callback.from(() -> written(frame), this::writeFailed));
    }

    private void written(Batch frame) {
        lock.lock();
        try {
            sending = false;
            if (!closed) {
                waitingEvents -= frame.events().size();
            }
            room.signalAll();
        } finally {
            lock.unlock();
        }
        metrics.sent(frame.events().size());
        framesSent.incrementAndGet();
        host.sent(this, frame.events(), frame.live());
        if (frame.live()) {
            RoutedEvent last = frame.events().get(frame.events().size() - 1);
            metrics.latency(Duration.between(last.createdUtc(), clock.instant()));
        }
        drain();
    }

    private void writeFailed(Throwable cause) {
        lock.lock();
        try {
            sending = false;
        } finally {
            lock.unlock();
        }
        onWebSocketError(cause);
    }

    /** {@code {"Events":[...],"Cursor":"<position of the last event>"}}, from entries already written as JSON. */
    static String render(List<RoutedEvent> events) {
        int size = 32;
        for (RoutedEvent event : events) {
            size += event.json().length() + 1;
        }
        StringBuilder text = new StringBuilder(size).append("{\"Events\":[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(events.get(i).json());
        }
        Cursor cursor = new Cursor(events.get(events.size() - 1).position());
        return text.append("],\"Cursor\":\"").append(cursor).append("\"}").toString();
    }

    private static String truncate(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_CLOSE_REASON_BYTES) {
            return reason;
        }
        return new String(bytes, 0, MAX_CLOSE_REASON_BYTES, StandardCharsets.UTF_8).replaceAll("\\uFFFD$", "");
    }
}
