package dev.connector.exports;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.util.concurrent.atomic.AtomicReference;

/** Asynchronous exports of an entity type into JSON Lines files that the server itself serves until they expire. */
public final class ExportsModule implements FeatureModule {

    private final AtomicReference<String> baseAddress = new AtomicReference<>("http://localhost:8080");
    private final ExportStore store;
    private final ExportOperations operations;
    private final ExportWorker worker;
    private final ExportFiles files;

    public ExportsModule(Platform platform) {
        this.store = new ExportStore(platform.documents());
        this.operations = new ExportOperations(platform.transactions(), store, platform.clock(), platform.ids(),
                baseAddress);
        this.worker = new ExportWorker(platform.transactions(), store, platform.clock(), platform.ids());
        this.files = new ExportFiles(platform.transactions(), store, platform.clock());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.restrictedOperation("exports/add", ExportOperations.AddRequest.class, operations::add)
                .restrictedOperation("exports/getAll", ExportOperations.GetAllRequest.class, operations::getAll)
                .routes(files)
                .worker(worker)
                .onStart(worker::start);
    }

    /** Where the server listens, so that file addresses point at it; a wildcard host is written as localhost. */
    public void listeningOn(String host, int port) {
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.isBlank();
        String printable = host.contains(":") && !wildcard ? "[" + host + "]" : host;
        baseAddress.set("http://" + (wildcard ? "localhost" : printable) + ":" + port);
    }
}
