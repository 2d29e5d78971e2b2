package dev.connector.http;

/**
 * What a feature may do around every API operation without the router knowing the feature: sandbox fault rules
 * answer or delay before the operation runs, the console's live feed sees every answer.
 */
public interface OperationListener {

    /**
     * Runs once the caller is authenticated and before the request is bound and handled. Throwing an
     * {@link dev.connector.api.ApiException} answers with it instead of running the operation.
     */
    default void beforeOperation(OperationCall call) {
    }

    /**
     * Runs after the answer is decided, whatever it was (also for requests refused before authentication, whose
     * call has no application or integration).
     *
     * @param status        the HTTP status answered
     * @param durationNanos the time from receiving the request to deciding the answer
     */
    default void afterOperation(OperationCall call, int status, long durationNanos) {
    }
}
