package dev.connector.devices;

import dev.connector.api.Forbidden;

/**
 * The life of a device command. Created {@code Pending}; the integration moves it forward (Received, Processing)
 * and ends it (Processed, Cancelled or Error). It never goes back, and an ended command never changes again;
 * {@code Processing} may be repeated to report progress.
 */
public enum CommandState {
    Pending,
    Received,
    Processing,
    Processed,
    Cancelled,
    Error;

    /** Still waiting for the integration: what {@code commands/getAllActive} returns. */
    public boolean isActive() {
        return this == Pending || this == Received;
    }

    public boolean isEnded() {
        return this == Processed || this == Cancelled || this == Error;
    }

    public boolean canMoveTo(CommandState next) {
        return switch (this) {
            case Pending -> next != Pending;
            case Received -> next != Pending && next != Received;
            case Processing -> next != Pending && next != Received;
            case Processed, Cancelled, Error -> false;
        };
    }

    /** Fails with a message for the hotel's staff when the command cannot move from this state to {@code next}. */
    public void requireMoveTo(CommandState next) {
        if (canMoveTo(next)) {
            return;
        }
        String message = switch (this) {
            case Processed -> "This command has already been processed, so its state can no longer change.";
            case Cancelled -> "This command has been cancelled, so its state can no longer change.";
            case Error -> "This command has ended with an error, so its state can no longer change.";
            case Pending -> "This command is already pending.";
            case Received -> next == Received
                    ? "This command has already been received."
                    : "A received command cannot go back to pending.";
            case Processing -> "This command is being processed, so it cannot go back to " + next.name().toLowerCase() + ".";
        };
        throw new Forbidden(message, "State " + name() + " cannot change to " + next.name() + ".");
    }
}
