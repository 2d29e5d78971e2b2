package dev.connector.api;

/** A business rule refused the request; the message is meant for an end user. */
public final class Forbidden extends ApiException {

    public Forbidden(String message) {
        super(message, null);
    }

    public Forbidden(String message, String details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 403;
    }
}
