package dev.connector.api;

import java.util.UUID;

/** Cursor pagination of a getAll request: how many items (1..1000) and after which item id. */
public record Limitation(Integer count, String cursor) {

    public static final int MAX_COUNT = 1000;

    public Limitation {
        if (count == null) {
            throw new InvalidRequest("Limitation.Count is required.");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidRequest("Limitation.Count must be between 1 and " + MAX_COUNT + ", but was " + count + ".");
        }
        if (cursor != null) {
            try {
                UUID.fromString(cursor);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("Limitation.Cursor is not a valid cursor.", e.getMessage());
            }
            if (cursor.length() != 36) {
                throw new InvalidRequest("Limitation.Cursor is not a valid cursor.");
            }
        }
    }

    /** The cursor as the id of the last item of the previous page, or null for the first page. */
    public UUID cursorId() {
        return cursor == null ? null : UUID.fromString(cursor);
    }

    /** Fails with a message naming the field when a getAll request left Limitation out. */
    public static Limitation required(Limitation limitation) {
        if (limitation == null) {
            throw new InvalidRequest("Limitation is required.");
        }
        return limitation;
    }
}
