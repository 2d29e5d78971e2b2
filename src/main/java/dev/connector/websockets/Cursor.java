package dev.connector.websockets;

import dev.connector.api.InvalidRequest;

/**
 * Where a client stands in the event stream: the outbox position of the last event it was sent. Clients treat
 * it as an opaque string; it is only ever compared with positions of the same store.
 */
record Cursor(long position) {

    /** Digits of the largest position (Long.MAX_VALUE); PostgreSQL positions run far above a counter's. */
    private static final int MAX_DIGITS = 19;

    Cursor {
        if (position < 0) {
            throw new IllegalArgumentException("A cursor position cannot be negative: " + position);
        }
    }

    /** Reads the {@code Cursor} query parameter; anything this server did not hand out is a 400. */
    static Cursor parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch(Character::isDigit)
                || text.length() == MAX_DIGITS && text.compareTo(Long.toString(Long.MAX_VALUE)) > 0) {
            throw new InvalidRequest("Cursor is not valid: use the Cursor value of a received message, unchanged.",
                    "Cursor was '" + text + "'.");
        }
        return new Cursor(Long.parseLong(text));
    }

    @Override
    public String toString() {
        return Long.toString(position);
    }
}
