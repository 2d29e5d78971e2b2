package dev.connector.customers;

/** Whether a getAll request wants active records, deleted ones, or both. */
public enum ActivityState {
    Active,
    Deleted
}
