package dev.connector.api;

import java.util.Collection;
import java.util.UUID;

/** Checks of request fields at the boundary, each failing with a message that names the field. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidRequest(field + " is required.");
        }
        return value;
    }

    /**
     * A GUID sent as text (where the API takes an id inside a string field); anything that is not exactly a GUID is a
     * 400 naming the field.
     */
    public static UUID identifier(String value, String field) {
        String trimmed = text(value, field).trim();
        try {
            UUID id = UUID.fromString(trimmed);
            if (id.toString().equalsIgnoreCase(trimmed)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the message below.
        }
        throw new InvalidRequest(field + " is not a valid identifier: '" + value + "'.");
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(field + " is required and must not be empty.");
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidRequest(field + " is required and must not be empty.");
        }
        return values;
    }

    public static <C extends Collection<?>> C atMost(C values, int max, String field) {
        if (values != null && values.size() > max) {
            throw new InvalidRequest(field + " must not contain more than " + max + " items, but had " + values.size() + ".");
        }
        return values;
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidRequest(field + " must not be longer than " + max + " characters.");
        }
        return value;
    }
}
