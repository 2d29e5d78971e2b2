package dev.connector.api;

/** Unknown path or entity where the API answers 404. */
public final class NotFound extends ApiException {

    public NotFound(String message) {
        super(message, null);
    }

    public NotFound(String message, String details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 404;
    }
}
