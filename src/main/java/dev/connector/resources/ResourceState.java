package dev.connector.resources;

/** The housekeeping state of a resource. */
public enum ResourceState {
    Dirty,
    Clean,
    Inspected,
    OutOfService,
    OutOfOrder
}
