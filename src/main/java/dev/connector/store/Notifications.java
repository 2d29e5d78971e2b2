package dev.connector.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wake-ups on named channels, within this process and between the server processes sharing one PostgreSQL store.
 *
 * <p>One policy for all channels: a writer {@linkplain #announce announces} a channel after the commit of what it
 * wrote (never inside the transaction, so a rolled-back write wakes nobody and nobody wakes before the rows are
 * visible). This process's subscribers are woken at once, in memory; on PostgreSQL one NOTIFY from a pooled
 * connection tells the other processes, where the one pooled connection that LISTENs wakes their subscribers.
 * Announcements made while a NOTIFY is pending share it. Only a wake-up: what changed is always read from the
 * store, so a lost notification delays work until the subscriber's next poll and loses nothing.
 *
 * <p>Thread-safe; one per {@link Database}. Subscribers run on the announcing thread or the listening thread and
 * must return at once (they only wake a worker).
 */
public final class Notifications implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    private static final Duration NOTIFIER_IDLE = Duration.ofSeconds(1);

    /** A channel's subscribers here, and whether other processes still have to hear of an announcement. */
    private static final class Channel {
        final String name;
        final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
        final AtomicBoolean unsent = new AtomicBoolean();

        Channel(String name) {
            this.name = name;
        }

        void wakeSubscribers() {
            subscribers.forEach(Runnable::run);
        }
    }

    private final boolean crossProcess;
    private final Jdbi listening;
    private final Jdbi notifying;
    /** The payload of this process's NOTIFYs, so that it can ignore its own (its subscribers heard them in memory). */
    private final String node = UUID.randomUUID().toString();
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    /** Released when a channel gets news for the other processes; the notifier drains it. */
    private final Semaphore pending = new Semaphore(0);
    private volatile boolean running = true;
    private volatile Thread notifier;
    private PostgresListener listener;

    /**
     * @param listening the pool the LISTEN connection is taken from (held while the process runs)
     * @param notifying the pool NOTIFYs are sent from
     */
    Notifications(Dialect dialect, Jdbi listening, Jdbi notifying) {
        this.crossProcess = dialect.notifiesOtherProcesses();
        this.listening = listening;
        this.notifying = notifying;
    }

    /**
     * Calls {@code subscriber} whenever {@code channel} is announced, by this process or another one sharing the
     * store, and once when listening (re)starts, since announcements may have been missed before. Close the result
     * to unsubscribe.
     */
    public AutoCloseable subscribe(String channel, Runnable subscriber) {
        Channel subscribed = channel(channel);
        subscribed.subscribers.add(subscriber);
        if (crossProcess) {
            startListener();
        }
        return () -> subscribed.subscribers.remove(subscriber);
    }

    /**
     * Tells every subscriber of {@code channel}, here and in the other processes, that there is something to
     * read; call it after the commit that wrote it. Returns at once.
     */
    public void announce(String channel) {
        Channel announced = channel(channel);
        announced.wakeSubscribers();
        if (crossProcess && running) {
            // Read first: while a NOTIFY is pending, the common case under load, no write touches the shared line.
            if (!announced.unsent.get() && !announced.unsent.getAndSet(true)) {
                startNotifier();
                pending.release();
            }
        }
    }

    private Channel channel(String name) {
        Channel channel = channels.get(name);
        if (channel != null) {
            return channel;
        }
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Channel names are lowercase letters and underscores: " + name);
        }
        return channels.computeIfAbsent(name, Channel::new);
    }

    private synchronized void startListener() {
        if (listener == null && running) {
            listener = PostgresListener.start(listening, new PostgresListener.Receiver() {
                @Override
                public Set<String> channels() {
                    return channels.values().stream()
                            .filter(channel -> !channel.subscribers.isEmpty())
                            .map(channel -> channel.name)
                            .collect(Collectors.toSet());
                }

                @Override
                public void listening(String channel) {
                    channels.get(channel).wakeSubscribers();
                }

                @Override
                public void notified(String channel, String payload) {
                    Channel notified = channels.get(channel);
                    if (notified != null && !node.equals(payload)) {
                        notified.wakeSubscribers();
                    }
                }
            });
        }
    }

    private void startNotifier() {
        if (notifier != null) {
            return;
        }
        synchronized (this) {
            if (notifier == null && running) {
                Thread thread = Thread.ofPlatform().daemon().name("store-notify").unstarted(this::sendNotifications);
                notifier = thread;
                thread.start();
            }
        }
    }

    private void sendNotifications() {
        while (running) {
            try {
                if (pending.tryAcquire(NOTIFIER_IDLE.toMillis(), TimeUnit.MILLISECONDS)) {
                    pending.drainPermits();
                }
                List<String> due = channels.values().stream()
                        .filter(channel -> channel.unsent.getAndSet(false))
                        .map(channel -> channel.name)
                        .toList();
                if (!due.isEmpty() && running) {
                    notifying.useHandle(handle -> {
                        for (String channel : due) {
                            handle.createQuery("SELECT pg_notify(:channel, :node)")
                                    .bind("channel", channel)
                                    .bind("node", node)
                                    .mapTo(String.class)
                                    .one();
                        }
                    });
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Could not NOTIFY the other server processes; they will find the news at their next poll", e);
            }
        }
    }

    /** Stops listening and notifying; called before the pools close. */
    @Override
    public void close() {
        running = false;
        PostgresListener stopping;
        Thread sending;
        synchronized (this) {
            stopping = listener;
            sending = notifier;
        }
        try {
            if (sending != null) {
                pending.release();
                sending.join(5_000);
            }
            if (stopping != null) {
                stopping.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
