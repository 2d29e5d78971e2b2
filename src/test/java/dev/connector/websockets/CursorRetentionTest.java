package dev.connector.websockets;

import static dev.connector.websockets.WebSocketEventsTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.ShiftedClock;
import dev.connector.testing.StoreKind;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CursorRetentionTest {

    private static void emit(RunningConnector server, UUID id) {
        emit(server, DemoData.UK_ENTERPRISE_ID, id);
    }

    private static void emit(RunningConnector server, UUID enterpriseId, UUID id) {
        server.connector().transactions().write(tx -> {
            tx.emit(new DomainEvent.ResourceUpdated(enterpriseId, id, "Clean"));
            return null;
        });
    }

    /** The cursor a UK client holds after receiving one event. */
    private static String cursorAfterOneEvent(RunningConnector server) {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            emit(server, UUID.randomUUID());
            client.awaitEvents(1);
            return client.cursor();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_cursor_whose_next_events_are_older_than_the_retention_is_closed_with_4410(StoreKind store) {
        ShiftedClock clock = new ShiftedClock();
        try (RunningConnector server = RunningConnector.start(store, config -> config, clock)) {
            String cursor = cursorAfterOneEvent(server);
            emit(server, UUID.randomUUID());
            clock.advance(Duration.ofHours(24).plusMinutes(1));

            try (WsClient late = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "Cursor=" + cursor)) {
                WsClient.Closed closed = late.awaitClosed();

                assertThat(closed.code()).isEqualTo(4410);
                assertThat(closed.reason()).contains("24h").contains("Resynchronise");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_cursor_within_the_retention_is_resumed(StoreKind store) {
        ShiftedClock clock = new ShiftedClock();
        try (RunningConnector server = RunningConnector.start(store,
                config -> config.withWebSockets(config.websockets().withRetention(Duration.ofHours(48))), clock)) {
            String cursor = cursorAfterOneEvent(server);
            UUID missed = UUID.randomUUID();
            emit(server, missed);
            clock.advance(Duration.ofHours(25));

            try (WsClient late = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "Cursor=" + cursor)) {
                assertThat(ids(late.awaitEvents(1))).containsExactly(missed.toString());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void a_quiet_client_resumes_an_old_cursor_when_nothing_it_would_see_has_aged_out(StoreKind store) {
        ShiftedClock clock = new ShiftedClock();
        try (RunningConnector server = RunningConnector.start(store, config -> config, clock)) {
            String cursor = cursorAfterOneEvent(server);
            // Only the other hotel changes while the UK client's cursor grows old.
            emit(server, DemoData.US_ENTERPRISE_ID, UUID.randomUUID());
            clock.advance(Duration.ofHours(24).plusMinutes(1));

            try (WsClient late = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "Cursor=" + cursor)) {
                UUID next = UUID.randomUUID();
                emit(server, next);

                assertThat(ids(late.awaitEvents(1))).containsExactly(next.toString());
            }
        }
    }
}
