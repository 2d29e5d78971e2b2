package dev.connector.accountnotes;

import dev.connector.accounts.AccountsModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Notes about accounts (customers and companies). */
public final class AccountNotesModule implements FeatureModule {

    private final AccountNoteStore store;
    private final AccountNoteOperations operations;

    public AccountNotesModule(Platform platform, AccountsModule accounts) {
        this.store = new AccountNoteStore(platform.documents());
        this.operations = new AccountNoteOperations(platform.transactions(), store, accounts.directory(),
                platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("accountNotes/add", AccountNoteOperations.Add.class, operations::add)
                .operation("accountNotes/getAll", AccountNoteOperations.GetAll.class, operations::getAll)
                .operation("accountNotes/update", AccountNoteOperations.Update.class, operations::update)
                .operation("accountNotes/delete", AccountNoteOperations.Delete.class, operations::delete)
                .demoSeed(new AccountNotesDemoSeed(store));
    }
}
