package dev.connector.api;

/**
 * Root of every failure that maps to a documented status code of the Connector API.
 * Thrown anywhere below the router; turned into the error shape in exactly one place.
 */
public abstract sealed class ApiException extends RuntimeException
        permits InvalidRequest, Unauthorized, Forbidden, NotFound, Conflict, TooManyRequests, InjectedFailure {

    private final String details;

    protected ApiException(String message, String details) {
        super(message);
        this.details = details;
    }

    /** The HTTP status this failure is answered with. */
    public abstract int status();

    /** Technical cause shown to developers in sandbox mode; null when there is nothing more to say. */
    public String details() {
        return details;
    }
}
