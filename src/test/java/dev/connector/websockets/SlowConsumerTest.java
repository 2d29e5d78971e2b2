package dev.connector.websockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.connector.app.Config;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.BothStoresTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlowConsumerTest extends BothStoresTest {

    private static final int QUEUE_LIMIT = 2_000;
    private static final int READERS = 100;
    /** The kernel takes a few megabytes for a client before it stops; this is far more than enough. */
    private static final int MAX_EVENTS = 60_000;
    private static final Instant START = Instant.parse("2026-05-01T22:00:00Z");
    private static final Instant END = Instant.parse("2026-05-31T22:00:00Z");
    private static final UUID RATE = UUID.randomUUID();
    private static final UUID CATEGORY = UUID.randomUUID();

    @Override
    protected Config configure(Config defaults) {
        return defaults.withWebSockets(defaults.websockets().withQueueLimit(QUEUE_LIMIT));
    }

    /** The id of the n-th event of this test: readers check order without keeping what they received. */
    private static UUID nth(long n) {
        return new UUID(0x5EED_0000_0000_0000L, n);
    }

    private int committed;

    private void commit(int count, int perTransaction) {
        for (int done = 0; done < count; done += perTransaction) {
            int size = Math.min(perTransaction, count - done);
            server.connector().transactions().write(tx -> {
                for (int i = 0; i < size; i++) {
                    tx.emit(new DomainEvent.PriceUpdated(DemoData.UK_ENTERPRISE_ID, nth(committed++), START, END, RATE, CATEGORY));
                }
                return null;
            });
        }
    }

    private double slowConsumerCloses() {
        String metrics = client().send("GET", "/metrics", null, Map.of()).raw();
        return metrics.lines()
                .filter(line -> line.startsWith("connector_ws_closes_total{") && line.contains("reason=\"slow_consumer\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void a_client_that_never_reads_is_closed_with_1013_while_a_hundred_others_receive_every_event() {
        committed = 0;
        double closedBefore = slowConsumerCloses();
        HttpClient http = HttpClient.newHttpClient();
        List<OrderedReader> readers = new ArrayList<>();
        // A tiny receive buffer: the kernel soon stops taking bytes for this client, as for a stuck partner.
        try (RawWebSocket stuck = RawWebSocket.open(server.port(), "/ws/connector",
                Map.of("Cookie", "ClientToken=" + ApiClient.UK.clientToken() + "; AccessToken=" + ApiClient.UK.accessToken()),
                4_096)) {
            assertThat(stuck.handshake().status()).isEqualTo(101);
            for (int i = 0; i < READERS; i++) {
                readers.add(OrderedReader.connect(http, server.baseUrl()));
            }
            commit(1, 1);
            readers.forEach(reader -> reader.awaitCount(1));

            // Commit until the stuck client is closed: the first megabytes fill kernel buffers, then our queue.
            while (slowConsumerCloses() == closedBefore) {
                assertThat(committed).as("events committed without closing the stuck client").isLessThan(MAX_EVENTS);
                commit(1_000, 20);
            }
            commit(10, 1);

            for (OrderedReader reader : readers) {
                reader.awaitCount(committed);
                assertThat(reader.outOfOrder).as("first event out of order").isNull();
                assertThat(reader.closed).isFalse();
            }
            RawWebSocket.Frame close = stuck.readUntilClose();
            assertThat(close).isNotNull();
            assertThat(close.closeCode()).isEqualTo(1013);
            assertThat(close.closeReason()).contains("Too slow");
        } finally {
            readers.forEach(OrderedReader::close);
        }
    }

    /** A reader that checks each event is the next one expected, keeping only a count. */
    private static final class OrderedReader implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();
        private volatile long count;
        private volatile String outOfOrder;
        private volatile boolean closed;
        private WebSocket socket;

        static OrderedReader connect(HttpClient http, String baseUrl) {
            OrderedReader reader = new OrderedReader();
            reader.socket = http.newWebSocketBuilder()
                    .header("Cookie", "ClientToken=" + ApiClient.UK.clientToken() + "; AccessToken=" + ApiClient.UK.accessToken())
                    .buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "/ws/connector"), reader)
                    .orTimeout(10, TimeUnit.SECONDS).join();
            return reader;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                for (int at = frame.indexOf("\"Id\":\""); at >= 0; at = frame.indexOf("\"Id\":\"", at + 1)) {
                    String id = frame.substring(at + 6, at + 42);
                    if (outOfOrder == null && !id.equals(nth(count).toString())) {
                        outOfOrder = "event " + count + " was " + id;
                    }
                    count++;
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed = true;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed = true;
        }

        void awaitCount(long expected) {
            await().atMost(Duration.ofSeconds(60)).until(() -> count >= expected || closed);
            assertThat(count).isEqualTo(expected);
        }

        void close() {
            socket.abort();
        }
    }
}
