package dev.connector.websockets;

import dev.connector.integrations.IntegrationState;
import java.time.Duration;
import java.util.Locale;

/** Why a socket was closed: the close code and reason the client gets, and the tag the closes metric counts. */
sealed interface CloseReason {

    /** Application close code of a cursor that can no longer be resumed (like HTTP 410 Gone). */
    int CURSOR_GONE = 4410;

    int code();

    /** The close frame's reason; at most 123 bytes, as the protocol allows. */
    String text();

    String tag();

    /** The socket had more events waiting than the queue limit allows. */
    record SlowConsumer(int limit) implements CloseReason {
        public int code() {
            return 1013;
        }

        public String text() {
            return "Too slow: more than " + limit + " events waiting. Reconnect with your last Cursor.";
        }

        public String tag() {
            return "slow_consumer";
        }
    }

    /** The integration was disabled, canceled or deleted while the socket was open. */
    record IntegrationNotEnabled(IntegrationState state) implements CloseReason {
        public int code() {
            return 1008;
        }

        public String text() {
            return "The integration of this AccessToken is " + state.name().toLowerCase(Locale.ROOT) + ".";
        }

        public String tag() {
            return "integration_not_enabled";
        }
    }

    /** The events after the cursor reach further back than the retention. */
    record CursorExpired(Duration retention) implements CloseReason {
        public int code() {
            return CURSOR_GONE;
        }

        public String text() {
            return "The Cursor is older than the retention of " + retention.toString().substring(2).toLowerCase(Locale.ROOT)
                    + ". Resynchronise with API Operations, then connect without a Cursor.";
        }

        public String tag() {
            return "cursor_expired";
        }
    }

    /** The cursor is ahead of every event in this store (another store, or a reset sandbox). */
    record CursorUnknown() implements CloseReason {
        public int code() {
            return CURSOR_GONE;
        }

        public String text() {
            return "The Cursor is not known to this server. Resynchronise with API Operations, then connect without a Cursor.";
        }

        public String tag() {
            return "cursor_unknown";
        }
    }

    /** The client did not answer the previous ping within a ping interval. */
    record NoPong(Duration interval) implements CloseReason {
        public int code() {
            return 1001;
        }

        public String text() {
            return "No answer to a ping within " + interval.toMillis() + " ms.";
        }

        public String tag() {
            return "no_pong";
        }
    }

    /** Something failed on the server's side while serving the socket (e.g. the store was unreachable). */
    record ServerError() implements CloseReason {
        public int code() {
            return 1011;
        }

        public String text() {
            return "The server could not send events. Reconnect with your last Cursor.";
        }

        public String tag() {
            return "server_error";
        }
    }

    /** The sandbox's fault rules closed the socket, as a server restart would: the client resumes from its Cursor. */
    record Restart(String why) implements CloseReason {
        public int code() {
            return 1012;
        }

        public String text() {
            return why;
        }

        public String tag() {
            return "restart";
        }
    }

    /** The server's operator closed the connection through the admin API (1012: reconnecting is welcome). */
    record ClosedByOperator() implements CloseReason {
        public int code() {
            return 1012;
        }

        public String text() {
            return "Closed by the server's operator. Reconnect with your last Cursor.";
        }

        public String tag() {
            return "closed_by_operator";
        }
    }

    /** The server is shutting down. */
    record ServerStopping() implements CloseReason {
        public int code() {
            return 1001;
        }

        public String text() {
            return "The server is stopping. Reconnect with your last Cursor.";
        }

        public String tag() {
            return "server_stopping";
        }
    }

    /** The client closed, or the connection broke; nothing for the server to send. */
    record Disconnected(int code) implements CloseReason {
        public String text() {
            return "";
        }

        public String tag() {
            return "disconnected";
        }
    }
}
