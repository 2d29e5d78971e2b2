package dev.connector.websockets;

import static dev.connector.websockets.WebSocketEventsTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class WebSocketResumeTest extends BothStoresTest {

    private static final UUID UK = DemoData.UK_ENTERPRISE_ID;
    private static final UUID US = DemoData.US_ENTERPRISE_ID;

    /** Commits {@code count} resource changes, {@code perTransaction} to a transaction; returns their ids in order. */
    private List<String> commit(UUID enterpriseId, int count, int perTransaction) {
        List<String> ids = new ArrayList<>();
        for (int done = 0; done < count; done += perTransaction) {
            int size = Math.min(perTransaction, count - done);
            server.connector().transactions().write(tx -> {
                for (int i = 0; i < size; i++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id.toString());
                    tx.emit(new DomainEvent.ResourceUpdated(enterpriseId, id, "Dirty"));
                }
                return null;
            });
        }
        return ids;
    }

    /** Connects, receives one event and disconnects: the cursor a client holds after a network drop. */
    private String cursorAfterOneEvent() {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            commit(UK, 1, 1);
            client.awaitEvents(1);
            return client.cursor();
        }
    }

    @Test
    void reconnecting_with_the_last_cursor_delivers_every_missed_event_once_in_order_then_live_ones_without_gap() {
        String cursor = cursorAfterOneEvent();
        List<String> missed = commit(UK, 500, 5);

        // Live changes keep coming while the client reconnects and replays: the seam between replay and live.
        CompletableFuture<List<String>> live = CompletableFuture.supplyAsync(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ids.addAll(commit(UK, 1, 1));
            }
            return ids;
        });
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "Cursor=" + cursor)) {
            List<String> expected = new ArrayList<>(missed);
            expected.addAll(live.join());
            expected.addAll(commit(UK, 3, 1));

            client.awaitEvents(expected.size());
            assertThat(ids(client.events())).containsExactlyElementsOf(expected);
            assertThat(ids(commitAndAwaitOneMore(client))).hasSize(expected.size() + 1).doesNotHaveDuplicates();
            assertCursorsIncrease(client.frames());
        }
    }

    @Test
    void a_replay_holds_only_what_the_token_may_see() {
        String cursor = cursorAfterOneEvent();
        commit(US, 20, 4);
        List<String> ours = commit(UK, 5, 1);
        commit(US, 20, 4);

        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "Cursor=" + cursor)) {
            List<String> live = commit(UK, 1, 1);

            client.awaitEvents(6);
            List<String> expected = new ArrayList<>(ours);
            expected.addAll(live);
            assertThat(ids(client.events())).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void a_cursor_at_the_newest_event_replays_nothing_and_continues_live() {
        String cursor = cursorAfterOneEvent();

        try (WsClient client = WsClient.withQuery(server.baseUrl(), ApiClient.UK, "Cursor=" + cursor)) {
            List<String> live = commit(UK, 2, 2);

            assertThat(ids(client.awaitEvents(2))).containsExactlyElementsOf(live);
        }
    }

    @Test
    void a_cursor_ahead_of_every_event_is_closed_with_4410() {
        long head = OutboxRow.lastPosition(server);

        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "Cursor=" + (head + 1_000))) {
            WsClient.Closed closed = client.awaitClosed();

            assertThat(closed.code()).isEqualTo(4410);
            assertThat(closed.reason()).contains("Resynchronise");
        }
    }

    private List<JsonNode> commitAndAwaitOneMore(WsClient client) {
        int before = client.events().size();
        commit(UK, 1, 1);
        return client.awaitEvents(before + 1);
    }

    private static void assertCursorsIncrease(List<JsonNode> frames) {
        long previous = -1;
        for (JsonNode frame : frames) {
            long cursor = Long.parseLong(frame.get("Cursor").asText());
            assertThat(cursor).isGreaterThan(previous);
            previous = cursor;
        }
    }
}
