package dev.connector.files;

import dev.connector.identitydocuments.IdentityDocumentsModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Files attached to customers and other accounts, readable again through the admin API. */
public final class FilesModule implements FeatureModule {

    private final Platform platform;
    private final FileStore store;
    private final FileOperations operations;

    public FilesModule(Platform platform, IdentityDocumentsModule identityDocuments) {
        this.platform = platform;
        this.store = new FileStore();
        this.operations = new FileOperations(platform.transactions(), store, identityDocuments.access(),
                platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("customers/addFile", FileOperations.CustomerFileRequest.class, operations::addCustomerFile)
                .operation("accounts/addFile", FileOperations.AccountFileRequest.class, operations::addAccountFile)
                .routes(new FilesAdmin(platform.transactions(), store, platform.json()));
    }
}
