package dev.connector.reservations;

import dev.connector.api.Forbidden;

/**
 * Which state changes a reservation allows: Inquired, Requested and Optional can be confirmed; Confirmed can be
 * started (checked in); Started can be processed (checked out); anything before check-in can be canceled; only
 * Processed and Canceled reservations can no longer be changed. A refused change is a {@link Forbidden} whose
 * message tells the front desk why.
 */
final class Lifecycle {

    /** Something a partner asks of a reservation. */
    enum Action {
        CONFIRM, START, PROCESS, CANCEL, CHANGE
    }

    private Lifecycle() {
    }

    /** The state the action leads to (for {@link Action#CHANGE}, the current one); fails when it is not allowed. */
    static ServiceOrderState require(Action action, Reservation reservation) {
        String name = "Reservation " + reservation.number();
        ServiceOrderState state = reservation.state();
        return switch (action) {
            case CONFIRM -> switch (state) {
                case Inquired, Requested, Optional -> ServiceOrderState.Confirmed;
                case Confirmed -> throw new Forbidden(name + " is already confirmed.");
                case Started -> throw new Forbidden(name + " cannot be confirmed: the guest has already checked in.");
                case Processed -> throw new Forbidden(name + " cannot be confirmed: the guest has already checked out.");
                case Canceled -> throw new Forbidden(name + " was canceled and cannot be confirmed.");
            };
            case START -> switch (state) {
                case Confirmed -> ServiceOrderState.Started;
                case Inquired, Requested, Optional -> throw new Forbidden(name
                        + " is not confirmed yet; confirm it before checking the guest in.");
                case Started -> throw new Forbidden("The guest of " + name.toLowerCase() + " is already checked in.");
                case Processed -> throw new Forbidden("The guest of " + name.toLowerCase()
                        + " has already checked out; the stay cannot start again.");
                case Canceled -> throw new Forbidden(name + " was canceled; a canceled reservation cannot be checked in.");
            };
            case PROCESS -> switch (state) {
                case Started -> ServiceOrderState.Processed;
                case Inquired, Requested, Optional, Confirmed -> throw new Forbidden("The guest of "
                        + name.toLowerCase() + " has not checked in yet; only a checked-in guest can check out.");
                case Processed -> throw new Forbidden("The guest of " + name.toLowerCase() + " has already checked out.");
                case Canceled -> throw new Forbidden(name + " was canceled; there is nobody to check out.");
            };
            case CANCEL -> switch (state) {
                case Inquired, Requested, Optional, Confirmed -> ServiceOrderState.Canceled;
                case Started -> throw new Forbidden("The guest of " + name.toLowerCase()
                        + " is checked in; a stay under way cannot be canceled, check the guest out instead.");
                case Processed -> throw new Forbidden(name + " is checked out and can no longer be canceled.");
                case Canceled -> throw new Forbidden(name + " is already canceled.");
            };
            case CHANGE -> switch (state) {
                case Inquired, Requested, Optional, Confirmed, Started -> state;
                case Processed -> throw new Forbidden(name + " is checked out and can no longer be changed.");
                case Canceled -> throw new Forbidden(name + " was canceled and can no longer be changed.");
            };
        };
    }
}
