package dev.connector.exports;

import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;

/**
 * Serves the files of finished exports as JSON Lines at an address that is itself the secret (a random file id),
 * like the pre-signed addresses of the real service; expired files are gone (410).
 */
final class ExportFiles implements HttpRoutes {

    static final String PATH_PREFIX = "/exports/v1/files/";

    private final Transactions transactions;
    private final ExportStore store;
    private final Clock clock;

    ExportFiles(Transactions transactions, ExportStore store, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH_PREFIX + "{fileId}", this::download);
    }

    private void download(Context ctx) {
        UUID fileId;
        try {
            fileId = UUID.fromString(ctx.pathParam("fileId"));
        } catch (IllegalArgumentException e) {
            ctx.status(404).result("No such export file.");
            return;
        }
        var file = transactions.read(handle -> store.file(handle, fileId));
        if (file.isEmpty()) {
            ctx.status(404).result("No such export file.");
        } else if (clock.instant().isAfter(file.get().expiresUtc())) {
            ctx.status(410).result("This export expired at " + file.get().expiresUtc() + "; request a new one.");
        } else {
            ctx.contentType("application/jsonl; charset=utf-8").result(file.get().content());
        }
    }
}
