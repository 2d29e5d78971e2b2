package dev.connector.live;

import dev.connector.events.Outbox;
import dev.connector.http.OperationCall;
import dev.connector.http.OperationListener;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/**
 * The live feed of what happens in this process (API operations, committed events, webhook attempts, WebSocket
 * pushes, faults) and its admin endpoint {@code GET /admin/v1/live}. Modules built after it publish through
 * {@link #feed()}.
 */
public final class LiveModule implements FeatureModule {

    /** The details of an {@link LiveKind#Operation}. */
    record AnsweredOperation(String path, int status, double durationMs, String requestId) {
    }

    private final Platform platform;
    private final LiveFeed feed;
    private final OutboxTail tail;

    public LiveModule(Platform platform) {
        this.platform = platform;
        this.feed = new LiveFeed(platform.time().real());
        this.tail = new OutboxTail(feed, platform.transactions(), platform.outbox());
    }

    /** Where features publish what they do. */
    public LiveFeed feed() {
        return feed;
    }

    @Override
    public void register(Registrar registrar) {
        AutoCloseable[] commits = new AutoCloseable[1];
        registrar.operationListener(new OperationListener() {
                    @Override
                    public void afterOperation(OperationCall call, int status, long durationNanos) {
                        if (feed.watched()) {
                            feed.publish(LiveKind.Operation, call.applicationId(), call.integrationId(),
                                    call.enterpriseIds(), new AnsweredOperation(call.path(), status,
                                            Math.round(durationNanos / 1_000.0) / 1_000.0, call.requestId()));
                        }
                    }
                })
                .routes(new LiveStream(feed, platform.json(), tail::watcherJoined))
                .onStart(() -> {
                    commits[0] = platform.database().notifications().subscribe(Outbox.CHANNEL, tail::wake);
                    tail.start();
                })
                .worker(tail)
                .worker(() -> {
                    if (commits[0] != null) {
                        commits[0].close();
                    }
                })
                .worker(feed);
    }
}
