package dev.connector.files;

import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Reading uploaded files back (the API itself has no operation for it): {@code GET /admin/v1/files?AccountId=...}
 * lists an account's files, {@code GET /admin/v1/files/{id}} answers a file's bytes with its MIME type. Guarded by
 * the admin token like every {@code /admin} route.
 */
final class FilesAdmin implements HttpRoutes {

    /** The listing: one plural array, as every admin list. */
    record Files(List<AccountFile> files) {
    }

    private final Transactions transactions;
    private final FileStore store;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    FilesAdmin(Transactions transactions, FileStore store, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.transactions = transactions;
        this.store = store;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/admin/v1/files", this::list);
        routes.get("/admin/v1/files/{id}", this::content);
    }

    private void list(Context ctx) throws Exception {
        UUID accountId = id(ctx.queryParam("AccountId"), "AccountId");
        List<AccountFile> files = transactions.read(handle -> store.ofAccount(handle, accountId));
        ctx.status(200).contentType("application/json").result(json.writeValueAsBytes(new Files(files)));
    }

    private void content(Context ctx) {
        UUID id = id(ctx.pathParam("id"), "id");
        AccountFile file = transactions.read(handle -> store.find(handle, id))
                .orElseThrow(() -> new NotFound("No file " + id + "."));
        String data = transactions.read(handle -> store.data(handle, id)).orElseThrow();
        ctx.status(200).contentType(file.type())
                .header("Content-Disposition", "attachment; filename=\"" + file.name().replace("\"", "") + "\"")
                .result(Base64.getDecoder().decode(data));
    }

    private static UUID id(String text, String name) {
        if (text == null) {
            throw new InvalidRequest(name + " is required.");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(name + " must be a UUID.");
        }
    }
}
