package dev.connector.identitydocuments;

import dev.connector.customers.CustomersModule;
import dev.connector.enterprises.EnterprisesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Identity documents of customers (passports, identity cards, visas, driving licences). */
public final class IdentityDocumentsModule implements FeatureModule {

    private final IdentityDocumentStore store;
    private final ChainAccess access;
    private final IdentityDocumentOperations operations;

    public IdentityDocumentsModule(Platform platform, EnterprisesModule enterprises, CustomersModule customers) {
        this.store = new IdentityDocumentStore(platform.documents());
        this.access = new ChainAccess(enterprises.store(), customers.store());
        this.operations = new IdentityDocumentOperations(platform.transactions(), store, access, platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("identityDocuments/add", IdentityDocumentOperations.AddRequest.class, operations::add)
                .operation("identityDocuments/update", IdentityDocumentOperations.UpdateRequest.class,
                        operations::update)
                .operation("identityDocuments/delete", IdentityDocumentOperations.DeleteRequest.class,
                        operations::delete)
                .operation("identityDocuments/getAll", IdentityDocumentOperations.GetAllRequest.class,
                        operations::getAll)
                .operation("identityDocuments/clear", IdentityDocumentOperations.ClearRequest.class, operations::clear)
                .demoSeed(new IdentityDocumentsDemoSeed(store));
    }

    /** Which chain a change to a customer's records happens in; shared with the files of customers. */
    public ChainAccess access() {
        return access;
    }
}
