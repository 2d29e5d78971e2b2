package dev.connector.api;

/**
 * A failure the sandbox's fault rules answer instead of running the operation (408, 500 or 503), so that clients
 * can test how they handle a server that times out or breaks. A 429 is a {@link TooManyRequests} instead.
 */
public final class InjectedFailure extends ApiException {

    private final int status;

    public InjectedFailure(int status, String message, String details) {
        super(message, details);
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
