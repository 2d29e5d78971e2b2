package dev.connector.events;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A wake-up call for one worker thread from any number of signalling threads. Signals arriving while one is
 * pending merge into it. Signalling takes no lock: hundreds of committing request threads signal the same worker,
 * and a monitor there costs more CPU in contention than the commits themselves.
 */
public final class Wakeup {

    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Thread waiter;

    /** Wakes the waiting worker, or makes its next wait return at once; returns at once. */
    public void signal() {
        // Read first: while a signal is pending, the common case, no write touches the shared line.
        if (!pending.get() && !pending.getAndSet(true)) {
            Thread worker = waiter;
            if (worker != null) {
                LockSupport.unpark(worker);
            }
        }
    }

    /**
     * Waits until signalled or until {@code timeout} passes, whichever is first; only the worker calls it.
     * Returns whether a signal came (and consumes it).
     */
    public boolean await(Duration timeout) throws InterruptedException {
        waiter = Thread.currentThread();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.get()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            LockSupport.parkNanos(this, left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return pending.getAndSet(false);
    }
}
