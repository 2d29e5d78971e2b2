package dev.connector.websockets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.events.DomainEvent.IntegrationChanged;
import dev.connector.events.Outbox;
import dev.connector.events.StoredEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Wakeup;
import dev.connector.live.LiveFeed;
import dev.connector.live.LiveKind;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heart of the channel: one thread reads the outbox once per wake-up (a local commit, a NOTIFY from another
 * node, or the poll interval) and hands each event to every live socket entitled to it, in outbox order. Sockets
 * that resume from a cursor replay on their own thread and join the live stream exactly where the hub stands, so
 * nothing is missed or repeated at the seam. Also pings sockets and rechecks their integrations. Thread-safe.
 */
final class Hub implements ClientSocket.Host, AutoCloseable {

    /** Events read from the outbox at once; also the most events one frame carries. */
    static final int PAGE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(Hub.class);

    private final Transactions transactions;
    private final Outbox outbox;
    private final Audiences audiences;
    private final ObjectMapper json;
    private final WebSocketSettings settings;
    private final Clock clock;
    private final WebSocketMetrics metrics;
    private final SocketFaults faults;
    private final ScheduledExecutorService timer;
    private final Thread reader;

    private final Set<ClientSocket> sockets = ConcurrentHashMap.newKeySet();
    private final LiveFeed feed;

    /** Held while events are handed out and the position moves, and while a replay joins the live stream. */
    private final ReentrantLock fanOut = new ReentrantLock();
    private final Condition advanced = fanOut.newCondition();
    private final Map<UUID, Set<ClientSocket>> liveByEnterprise = new HashMap<>();
    private final Map<ClientSocket, Set<UUID>> liveSockets = new IdentityHashMap<>();
    private volatile long position;

    private final Wakeup wakeup = new Wakeup();
    private volatile boolean running = true;
    /** Read by the reader thread only: committed events wait for an open transaction to end (PostgreSQL). */
    private boolean heldBack;

    /** The details of a {@link LiveKind#WebSocketPush}: one frame written ({@code live}, or replayed from a cursor). */
    record Push(UUID socketId, int eventCount, List<EventKind> types, String cursor, boolean live) {
    }

    Hub(Transactions transactions, Outbox outbox, Audiences audiences, ObjectMapper json, WebSocketSettings settings,
        Clock clock, MeterRegistry meters, SocketFaults faults, LiveFeed feed) {
        this.feed = feed;
        this.transactions = transactions;
        this.faults = faults;
        this.outbox = outbox;
        this.audiences = audiences;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
        this.metrics = new WebSocketMetrics(meters, sockets::size);
        this.position = transactions.readAhead(outbox::lastSettledPosition);
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ws-timer").factory());
        this.reader = Thread.ofPlatform().daemon().name("ws-hub").unstarted(this::readLoop);
    }

    void start() {
        reader.start();
        long ping = settings.pingInterval().toMillis();
        timer.scheduleWithFixedDelay(guarded("keep-alive", this::keepAlive), ping, ping, TimeUnit.MILLISECONDS);
        long recheck = settings.recheckInterval().toMillis();
        timer.scheduleWithFixedDelay(guarded("recheck", this::recheckAll), recheck, recheck, TimeUnit.MILLISECONDS);
    }

    /**
     * A new socket, made during the upgrade. Without a cursor it starts after the last settled event in the store,
     * read before the client learns that it is connected: a change committed after that always reaches it, and one
     * committed before does not, even when the hub has not handed it out yet (it then catches up through a replay).
     */
    ClientSocket socket(UUID applicationId, Audience audience, Cursor resumeFrom) {
        if (resumeFrom == null) {
            long settled = transactions.read(outbox::lastSettledPosition);
            return new ClientSocket(this, applicationId, audience, new Cursor(settled), false, settings, PAGE, metrics,
                    clock, timer);
        }
        return new ClientSocket(this, applicationId, audience, resumeFrom, true, settings, PAGE, metrics, clock, timer);
    }

    /** The sockets open on this node, oldest first. */
    List<ClientSocket> openSocketList() {
        return sockets.stream().sorted(Comparator.comparing(ClientSocket::connectedUtc)).toList();
    }

    /** Closes the socket {@code id} with 1012 (the operator asked); false when no such socket is open here. */
    boolean disconnect(UUID id) {
        for (ClientSocket socket : sockets) {
            if (socket.id().equals(id)) {
                socket.close(new CloseReason.ClosedByOperator());
                return true;
            }
        }
        return false;
    }

    WebSocketMetrics metrics() {
        return metrics;
    }

    /** Asks the reader to look at the outbox now; cheap, callable from any thread (commit listeners, NOTIFY). */
    void wake() {
        wakeup.signal();
    }

    /** The position of the last outbox event handed out to live sockets. */
    long position() {
        return position;
    }

    int openSockets() {
        return sockets.size();
    }

    /** Reads the integration again and applies what changed; its sockets close if it is no longer enabled. */
    void integrationChanged(UUID integrationId) {
        timer.execute(guarded("recheck", () -> recheck(Set.of(integrationId))));
    }

    @Override
    public void opened(ClientSocket socket) {
        sockets.add(socket);
        if (socket.resuming() || !joinAt(socket, socket.startAfter().position())) {
            // Resuming, or the hub moved on during the handshake: catch up from the outbox first.
            Thread.ofVirtual().name("ws-replay").start(new Replay(this, socket, transactions, outbox, json, settings, clock));
        }
    }

    @Override
    public void sent(ClientSocket socket, List<RoutedEvent> events, boolean live) {
        if (feed.watched()) {
            feed.publish(LiveKind.WebSocketPush, socket.applicationId(), socket.audience().integrationId(),
                    events.stream().map(RoutedEvent::enterpriseId).distinct().toList(),
                    new Push(socket.id(), events.size(), events.stream().map(RoutedEvent::kind).distinct().toList(),
                            new Cursor(events.getLast().position()).toString(), live));
        }
    }

    @Override
    public void left(ClientSocket socket, CloseReason reason) {
        sockets.remove(socket);
        fanOut.lock();
        try {
            unindex(socket);
        } finally {
            fanOut.unlock();
        }
    }

    /**
     * Makes a replaying socket live if the hub stands exactly at {@code replayedUpTo}: everything up to there came
     * from the replay, everything after will come from the hub.
     */
    boolean joinAt(ClientSocket socket, long replayedUpTo) {
        fanOut.lock();
        try {
            if (position != replayedUpTo) {
                return false;
            }
            join(socket);
            return true;
        } finally {
            fanOut.unlock();
        }
    }

    /**
     * Runs {@code work} with the hub paused at its current position, which is passed in: the last step of a replay
     * that keeps falling behind a busy hub.
     */
    <T> T whilePaused(LongFunction<T> work) {
        fanOut.lock();
        try {
            return work.apply(position);
        } finally {
            fanOut.unlock();
        }
    }

    /** Waits until the hub has handed out events up to {@code target}, or a while has passed. */
    void awaitPosition(long target) throws InterruptedException {
        fanOut.lock();
        try {
            if (position < target) {
                advanced.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            fanOut.unlock();
        }
    }

    /** Must hold {@link #fanOut}. */
    void join(ClientSocket socket) {
        if (socket.isClosed()) {
            return;
        }
        Set<UUID> enterprises = Set.copyOf(socket.audience().enterpriseIds());
        liveSockets.put(socket, enterprises);
        for (UUID enterprise : enterprises) {
            liveByEnterprise.computeIfAbsent(enterprise, key -> new HashSet<>()).add(socket);
        }
    }

    private void unindex(ClientSocket socket) {
        Set<UUID> enterprises = liveSockets.remove(socket);
        if (enterprises == null) {
            return;
        }
        for (UUID enterprise : enterprises) {
            Set<ClientSocket> listeners = liveByEnterprise.get(enterprise);
            if (listeners != null) {
                listeners.remove(socket);
                if (listeners.isEmpty()) {
                    liveByEnterprise.remove(enterprise);
                }
            }
        }
    }

    private void readLoop() {
        while (running) {
            try {
                awaitWakeUp();
                catchUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Reading the outbox for WebSockets failed at position {}; trying again", position, e);
                pause();
            }
        }
    }

    private void awaitWakeUp() throws InterruptedException {
        wakeup.await(heldBack ? Outbox.SETTLE_RECHECK : settings.pollInterval());
    }

    private void catchUp() {
        while (running) {
            long from = position;
            List<StoredEvent> page = transactions.readAhead(handle -> outbox.after(handle, from, PAGE));
            if (page.isEmpty()) {
                heldBack = transactions.readAhead(handle -> outbox.holdsBackAfter(handle, from));
                return;
            }
            List<RoutedEvent> routed = new ArrayList<>(page.size());
            Set<UUID> changedIntegrations = new HashSet<>();
            for (StoredEvent stored : page) {
                RoutedEvent.of(stored, json).ifPresent(routed::add);
                if (stored.event() instanceof IntegrationChanged changed) {
                    changedIntegrations.add(changed.entityId());
                }
            }
            fanOut.lock();
            try {
                handOut(routed);
                position = page.get(page.size() - 1).position();
                advanced.signalAll();
            } finally {
                fanOut.unlock();
            }
            changedIntegrations.forEach(this::integrationChanged);
            if (page.size() < PAGE) {
                long at = position;
                heldBack = transactions.readAhead(handle -> outbox.holdsBackAfter(handle, at));
                return;
            }
        }
    }

    /** Gives each live socket one batch of the events it may see, in outbox order. Must hold {@link #fanOut}. */
    private void handOut(List<RoutedEvent> events) {
        Map<ClientSocket, List<RoutedEvent>> batches = new LinkedHashMap<>();
        for (RoutedEvent event : events) {
            Set<ClientSocket> listeners = event.enterpriseId() == null ? null : liveByEnterprise.get(event.enterpriseId());
            if (listeners == null) {
                continue;
            }
            for (ClientSocket socket : listeners) {
                if (socket.audience().sees(event)) {
                    batches.computeIfAbsent(socket, key -> new ArrayList<>()).add(event);
                }
            }
        }
        batches.forEach((socket, batch) -> {
            String restart = faults.restartBeforeSending(socket.audience().integrationId(),
                    socket.audience().enterpriseIds());
            if (restart == null) {
                socket.offer(batch);
            } else {
                socket.close(new CloseReason.Restart(restart));
            }
        });
    }

    private void keepAlive() {
        long now = System.nanoTime();
        for (ClientSocket socket : sockets) {
            socket.keepAlive(now);
        }
    }

    private void recheckAll() {
        recheck(sockets.stream().map(socket -> socket.audience().integrationId()).collect(Collectors.toSet()));
    }

    private void recheck(Collection<UUID> integrationIds) {
        Map<UUID, List<ClientSocket>> byIntegration = sockets.stream()
                .filter(socket -> integrationIds.contains(socket.audience().integrationId()))
                .collect(Collectors.groupingBy(socket -> socket.audience().integrationId()));
        byIntegration.forEach((integrationId, affected) -> {
            switch (audiences.of(integrationId)) {
                case Audiences.Standing.NotEnabled notEnabled ->
                        affected.forEach(socket -> socket.close(new CloseReason.IntegrationNotEnabled(notEnabled.state())));
                case Audiences.Standing.Entitled entitled -> update(affected, entitled.audience());
            }
        });
    }

    private void update(List<ClientSocket> affected, Audience audience) {
        fanOut.lock();
        try {
            for (ClientSocket socket : affected) {
                if (socket.audience().equals(audience)) {
                    continue;
                }
                socket.audience(audience);
                if (liveSockets.containsKey(socket)) {
                    unindex(socket);
                    join(socket);
                }
            }
        } finally {
            fanOut.unlock();
        }
    }

    private Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("WebSocket {} failed; it runs again at the next interval", what, e);
            }
        };
    }

    private void pause() {
        try {
            Thread.sleep(Math.min(1_000, settings.pollInterval().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        reader.interrupt();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ClientSocket socket : List.copyOf(sockets)) {
            socket.close(new CloseReason.ServerStopping());
        }
        timer.shutdownNow();
    }
}
