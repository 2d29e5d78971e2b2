package dev.connector.exports;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.Require;
import dev.connector.events.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** {@code exports/add} and {@code exports/getAll}. */
public final class ExportOperations {

    private final Transactions transactions;
    private final ExportStore store;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final AtomicReference<String> baseAddress;

    ExportOperations(Transactions transactions, ExportStore store, Clock clock, Supplier<UUID> ids,
                     AtomicReference<String> baseAddress) {
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.baseAddress = baseAddress;
    }

    public record AddRequest(Export.EntityType entityType) {
    }

    public record FileEntry(String url, long sizeInBytes) {
    }

    public record ExportView(UUID id, Export.Status status, Export.EntityType entityType, List<FileEntry> files,
                             Instant expiresUtc) {
    }

    public record AddResult(ExportView export) {
    }

    public AddResult add(AddRequest request, Caller caller) {
        Export.EntityType type = Require.present(request.entityType(), "EntityType");
        List<UUID> enterpriseIds = caller.enterpriseIds();
        Export export = transactions.write(tx -> {
            if (store.inProgress(tx.handle(), enterpriseIds.get(0), type)) {
                throw new Forbidden("An export of " + type + " is already pending or processing; wait until it "
                        + "finishes before asking for another.");
            }
            Export pending = new Export(ids.get(), Export.Status.Pending, type, List.of(), null);
            store.insert(tx.handle(), pending, enterpriseIds, tx.now());
            return pending;
        });
        return new AddResult(view(export));
    }

    public record GetAllRequest(List<UUID> exportIds) {
    }

    public record GetAllResult(List<ExportView> exports) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        List<UUID> exportIds = Require.notEmpty(Require.present(request.exportIds(), "ExportIds"), "ExportIds");
        Require.atMost(exportIds, 1000, "ExportIds");
        List<Export> exports = transactions.read(handle -> store.byIds(handle, caller.enterpriseIds(), exportIds));
        return new GetAllResult(exports.stream().map(this::view).toList());
    }

    private ExportView view(Export export) {
        Export.Status status = export.statusAt(clock.instant());
        List<FileEntry> files = status != Export.Status.Success ? List.of() : export.files().stream()
                .map(file -> new FileEntry(baseAddress.get() + ExportFiles.PATH_PREFIX + file.id(), file.sizeInBytes()))
                .toList();
        return new ExportView(export.id(), status, export.entityType(), files, export.expiresUtc());
    }
}
