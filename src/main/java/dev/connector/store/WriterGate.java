package dev.connector.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Admission of writing transactions. SQLite has a single writer: letting writers queue on a Java lock (where a
 * waiting virtual thread parks and frees its carrier) instead of in SQLite's busy handler (which sleeps in
 * native code and holds the carrier) keeps a few waiting writers from stalling every request.
 */
public sealed interface WriterGate {

    <T> T call(Supplier<T> work);

    /** Lets every writer through: the database arbitrates (PostgreSQL). */
    final class Open implements WriterGate {

        @Override
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    }

    /** One writing transaction at a time per database, first come first served. */
    final class OneAtATime implements WriterGate {
        private final ReentrantLock lock = new ReentrantLock(true);


        @Override
        public <T> T call(Supplier<T> work) {
            lock.lock();
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        }
    }
}
