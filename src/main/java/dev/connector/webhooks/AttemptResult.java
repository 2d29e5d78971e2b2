package dev.connector.webhooks;

/** What one delivery attempt got: a 2xx answer, or a failure with the status (null when none came) and why. */
sealed interface AttemptResult {

    Integer statusCode();

    String error();

    record Success(Integer statusCode) implements AttemptResult {
        @Override
        public String error() {
            return null;
        }
    }

    record Failure(Integer statusCode, String error) implements AttemptResult {
    }
}
