package dev.connector.api;

/** A concurrent change won; the client may retry. */
public final class Conflict extends ApiException {

    public Conflict(String message) {
        super(message, null);
    }

    public Conflict(String message, String details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 409;
    }
}
