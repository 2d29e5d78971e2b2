package dev.connector.api;

/** The caller went over its request budget; {@link #retryAfterSeconds()} says when to come back. */
public final class TooManyRequests extends ApiException {

    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
        super(message, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }
}
