package dev.connector.exports;

import dev.connector.events.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs exports one at a time on its own thread: Pending becomes Processing, then Success with its files (or Failed).
 * The state lives in the store, so an export a stopped server left Processing is run again from the start by the
 * next server; its files are replaced in one transaction, so a half-written run leaves nothing behind.
 */
final class ExportWorker implements AutoCloseable {

    /** How long a finished export's files stay available. */
    static final Duration RETENTION = Duration.ofDays(7);
    /** Lines per file; larger exports are split into several JSON Lines files. */
    static final int LINES_PER_FILE = 5000;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(ExportWorker.class);

    private final Transactions transactions;
    private final ExportStore store;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "export-worker");
        thread.setDaemon(true);
        return thread;
    });

    ExportWorker(Transactions transactions, ExportStore store, Clock clock, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    void start() {
        executor.scheduleWithFixedDelay(this::runPending, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs every export still to do; never throws, so that the schedule goes on. */
    private void runPending() {
        try {
            Optional<ExportStore.Unfinished> next = transactions.read(store::nextUnfinished);
            while (next.isPresent() && !Thread.currentThread().isInterrupted()) {
                run(next.get());
                next = transactions.read(store::nextUnfinished);
            }
        } catch (RuntimeException e) {
            LOG.warn("Export worker could not read the exports to do; trying again shortly", e);
        }
    }

    private void run(ExportStore.Unfinished unfinished) {
        Export export = unfinished.export();
        try {
            transactions.write(tx -> {
                store.update(tx.handle(), export.with(Export.Status.Processing, List.of(), null));
                return null;
            });
            List<String> rows = transactions.read(handle -> store.rows(handle, export.entityType(),
                    unfinished.enterpriseIds()));
            List<String> contents = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += LINES_PER_FILE) {
                contents.add(String.join("\n", rows.subList(from, Math.min(rows.size(), from + LINES_PER_FILE)))
                        + "\n");
            }
            List<UUID> fileIds = contents.stream().map(content -> ids.get()).toList();
            List<Export.StoredFile> files = new ArrayList<>();
            for (int i = 0; i < contents.size(); i++) {
                files.add(new Export.StoredFile(fileIds.get(i),
                        contents.get(i).getBytes(StandardCharsets.UTF_8).length));
            }
            Instant expires = clock.instant().plus(RETENTION);
            transactions.write(tx -> {
                store.replaceFiles(tx.handle(), export.id(), contents, fileIds);
                store.update(tx.handle(), export.with(Export.Status.Success, files, expires));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Export {} of {} failed", export.id(), export.entityType(), e);
            transactions.write(tx -> {
                store.update(tx.handle(), export.with(Export.Status.Failed, List.of(), null));
                return null;
            });
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Export worker did not stop within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
