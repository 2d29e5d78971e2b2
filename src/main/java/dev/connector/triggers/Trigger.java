package dev.connector.triggers;

import java.util.List;

/**
 * One change a developer can cause in the sandbox.
 *
 * @param name        how requests name it, e.g. {@code reservation-booked}
 * @param events      the discriminators of the events it commits (those of its prerequisites included)
 * @param operation   the API operation that makes the change itself, whose request properties {@code Set} may hold
 * @param items       the request's item array whose first item takes Set's item fields (e.g. {@code Reservations});
 *                    null when the request describes one change at its top level
 * @param script      the change: prerequisites as needed, then the operation
 */
record Trigger(String name, String description, List<String> events, String operation, String items,
               Script script) {

    Trigger {
        events = List.copyOf(events);
    }

    /** Runs the change's operations through {@code run}. */
    @FunctionalInterface
    interface Script {
        void run(TriggerRun run);
    }
}
