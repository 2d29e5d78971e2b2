package dev.connector.webhooks;

/** The two kinds of webhook: batches of entity events, and one integration lifecycle action. */
public enum MessageKind {
    General,
    Integration
}
