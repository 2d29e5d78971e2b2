package dev.connector.cli;

/** Why a command could not do its work, in one line a user can act on; printed instead of a stack trace. */
final class CliFailure extends RuntimeException {

    CliFailure(String message) {
        super(message);
    }
}
