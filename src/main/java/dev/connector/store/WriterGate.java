package dev.connector.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Admission of writing transactions. SQLite has a single writer: letting writers queue on a Java lock (where a
 * waiting virtual thread parks and frees its carrier) instead of in SQLite's busy handler (which sleeps in
 * native code and holds the carrier) keeps a few waiting writers from stalling every request.
 */
public sealed interface WriterGate {

    /** Runs a writing transaction in its turn. */
    <T> T call(Supplier<T> work);

    /**
     * Runs a writing transaction of the event pipeline ahead of queued request writers, so that deliveries keep
     * flowing while the API is saturated: it waits for at most the transaction in progress.
     */
    <T> T callAhead(Supplier<T> work);

    /** Lets every writer through: the database arbitrates (PostgreSQL). */
    final class Open implements WriterGate {

        @Override
        public <T> T call(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T callAhead(Supplier<T> work) {
            return work.get();
        }
    }

    /**
     * One writing transaction at a time per database. Request writers line up first come first served on their
     * own queue; only the head of that queue competes with pipeline writers for the store itself.
     */
    final class OneAtATime implements WriterGate {
        private final ReentrantLock requestQueue = new ReentrantLock(true);
        private final ReentrantLock store = new ReentrantLock(true);

        @Override
        public <T> T call(Supplier<T> work) {
            requestQueue.lock();
            try {
                return callAhead(work);
            } finally {
                requestQueue.unlock();
            }
        }

        @Override
        public <T> T callAhead(Supplier<T> work) {
            store.lock();
            try {
                return work.get();
            } finally {
                store.unlock();
            }
        }
    }
}
