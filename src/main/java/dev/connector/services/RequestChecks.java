package dev.connector.services;

import dev.connector.api.ActivityState;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import java.util.List;

/** Checks shared by the catalogue's request records, failing with a message that names the field. */
public final class RequestChecks {

    private RequestChecks() {
    }

    /** An optional filter list: absent is fine, present must hold 1 to 1000 items. */
    public static <T> List<T> optionalList(List<T> values, String field) {
        if (values != null && values.isEmpty()) {
            throw new InvalidRequest(field + " must not be empty when it is given.");
        }
        return Require.atMost(values, 1000, field);
    }

    /** A required filter list of 1 to 1000 items. */
    public static <T> List<T> requiredList(List<T> values, String field) {
        Require.notEmpty(values, field);
        return Require.atMost(values, 1000, field);
    }

    /**
     * The {@code is_active} value that ActivityStates asks for, or null for both. Absent or empty means
     * {@code whenAbsent} (null for both).
     */
    public static Boolean isActive(List<ActivityState> states, Boolean whenAbsent) {
        if (states == null || states.isEmpty()) {
            return whenAbsent;
        }
        boolean active = states.contains(ActivityState.Active);
        boolean deleted = states.contains(ActivityState.Deleted);
        if (active && deleted) {
            return null;
        }
        return active;
    }
}
