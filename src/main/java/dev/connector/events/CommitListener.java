package dev.connector.events;

/** Told after a transaction that wrote events has committed; must return quickly (it only wakes workers). */
@FunctionalInterface
public interface CommitListener {

    void eventsCommitted();
}
