package dev.connector.webhooks;

/** What one delivery attempt got: a 2xx answer, or a failure with the status (null when none came) and why. */
public sealed interface AttemptResult {

    Integer statusCode();

    /** Why the attempt failed; for a delivered one, a note of what the sandbox's fault rules did to it, or null. */
    String error();

    /** A 2xx answer; {@code note} is null unless a fault rule changed the attempt (delayed it, sent it twice). */
    record Success(Integer statusCode, String note) implements AttemptResult {

        public Success(Integer statusCode) {
            this(statusCode, null);
        }

        @Override
        public String error() {
            return note;
        }
    }

    record Failure(Integer statusCode, String error) implements AttemptResult {
    }
}
