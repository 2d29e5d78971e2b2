package dev.connector.faults;

/**
 * What goes wrong: for the API a {@code Status} answered instead of running the operation or a {@code Delay}; for
 * webhooks a {@code Delay}, a {@code Timeout} (no answer), a {@code Duplicate} send, a {@code Drop}ped connection or
 * a {@code Reorder} of the next two messages; for WebSockets a {@code Disconnect} with 1012.
 */
enum FaultKind {
    Status,
    Delay,
    Timeout,
    Duplicate,
    Drop,
    Reorder,
    Disconnect
}
