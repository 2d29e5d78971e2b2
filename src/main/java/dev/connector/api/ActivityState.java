package dev.connector.api;

import java.util.List;

/** The ActivityStates filter of many getAll operations: active records, deleted ones, or both. */
public enum ActivityState {
    Active,
    Deleted;

    /**
     * The value an {@code is_active} column must have for the requested states, or null when any record matches
     * (no filter, an empty list, or both states).
     */
    public static Boolean isActive(List<ActivityState> requested) {
        if (requested == null) {
            return null;
        }
        boolean active = requested.contains(Active);
        boolean deleted = requested.contains(Deleted);
        return active == deleted ? null : active;
    }
}
