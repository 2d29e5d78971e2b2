package dev.connector.webhooks;

/**
 * Where a message is: Pending (not tried yet, or replayed), Failed (an attempt failed, a retry is scheduled),
 * Delivered (a receiver answered 2xx) or Abandoned (every attempt of its cycle failed).
 */
public enum MessageState {
    Pending,
    Delivered,
    Failed,
    Abandoned
}
