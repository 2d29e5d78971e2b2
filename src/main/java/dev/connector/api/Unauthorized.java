package dev.connector.api;

/** Missing, unknown or disabled tokens. */
public final class Unauthorized extends ApiException {

    public Unauthorized(String message) {
        super(message, null);
    }

    public Unauthorized(String message, String details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 401;
    }
}
