package dev.connector.messaging;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;

/** Message threads between a hotel and its guests' channels, and the messages in them. */
public final class MessagingModule implements FeatureModule {

    private final MessagingStore store;
    private final MessageThreadOperations threads;
    private final MessageOperations messages;

    public MessagingModule(Platform platform) {
        this.store = new MessagingStore(platform.documents());
        this.threads = new MessageThreadOperations(platform.transactions(), store, platform.ids());
        this.messages = new MessageOperations(platform.transactions(), store, platform.ids());
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("messageThreads/getAll", MessageThreadOperations.GetAll.class, threads::getAll)
                .operation("messageThreads/add", MessageThreadOperations.Add.class, threads::add)
                .operation("messages/getAll", MessageOperations.GetAll.class, messages::getAll)
                .operation("messages/add", MessageOperations.Add.class, messages::add)
                .demoSeed(new MessagingDemoSeed(store));
    }
}
