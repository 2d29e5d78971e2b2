package dev.connector.api;

/**
 * A field of an update request written as {@code {"Value": x}}: present with a value sets it, present with
 * null clears it, and an absent (null) wrapper leaves the field as it is.
 */
public record UpdateValue<T>(T value) {

    /** The new value when the wrapper is present, else the current one. */
    public static <T> T apply(UpdateValue<T> update, T current) {
        return update == null ? current : update.value();
    }
}
