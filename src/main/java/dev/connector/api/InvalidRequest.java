package dev.connector.api;

/** A malformed request: the client's bug (bad identifier, missing or mistyped field). */
public final class InvalidRequest extends ApiException {

    public InvalidRequest(String message) {
        super(message, null);
    }

    public InvalidRequest(String message, String details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 400;
    }
}
