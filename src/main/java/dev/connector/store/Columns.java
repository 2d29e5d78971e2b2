package dev.connector.store;

import java.util.UUID;

/** How ids are kept in columns on both stores: as their text, null staying null. */
public final class Columns {

    private Columns() {
    }

    public static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    public static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
