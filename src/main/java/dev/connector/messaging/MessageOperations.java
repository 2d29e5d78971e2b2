package dev.connector.messaging;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code messages/getAll} and {@code messages/add}: messages of the threads the calling application opened.
 * Every added message emits {@code MessageAdded} in the transaction that stores it.
 */
public final class MessageOperations {

    /** The reference limits the CreatedUtc filter of messages to one month. */
    static final Duration ONE_MONTH = Duration.ofDays(31);

    /** Request of {@code messages/getAll}. */
    public record GetAll(List<UUID> enterpriseIds, List<UUID> messageThreadIds, TimeInterval createdUtc,
                         Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.atMost(enterpriseIds, Limitation.MAX_COUNT, "EnterpriseIds");
            Require.atMost(Require.notEmpty(messageThreadIds, "MessageThreadIds"), Limitation.MAX_COUNT, "MessageThreadIds");
            TimeInterval.validate(createdUtc, "CreatedUtc", ONE_MONTH);
        }
    }

    /** Request of {@code messages/add}. */
    public record Add(List<NewMessage> messages) {
        public Add {
            Require.atMost(Require.notEmpty(messages, "Messages"), Limitation.MAX_COUNT, "Messages");
            for (int i = 0; i < messages.size(); i++) {
                NewMessage message = messages.get(i);
                String field = "Messages[" + i + "]";
                Require.present(message, field);
                Require.present(message.messageThreadId(), field + ".MessageThreadId");
                Require.text(message.text(), field + ".Text");
            }
        }
    }

    /** One message to add; Identifier is the client's own reference, echoed in the result. */
    public record NewMessage(UUID messageThreadId, String text, String identifier) {
    }

    public record GetAllResult(List<Message> messages, UUID cursor) {
    }

    public record AddResult(List<AddedMessage> messages) {
    }

    public record AddedMessage(String identifier, Message message) {
    }

    private final Transactions transactions;
    private final MessagingStore store;
    private final Supplier<UUID> ids;

    public MessageOperations(Transactions transactions, MessagingStore store, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.ids = ids;
    }

    public GetAllResult getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .eq("t.application_id", caller.applicationId())
                .in("t.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("m.thread_id", request.messageThreadIds())
                .within("m.created_utc", request.createdUtc());
        Page<Message> page = transactions.read(handle -> store.messages(handle, filter, request.limitation()));
        return new GetAllResult(page.items(), page.cursor());
    }

    public AddResult add(Add request, Caller caller) {
        return transactions.write(tx -> {
            Map<UUID, MessagingStore.ThreadOwner> owners = new HashMap<>();
            List<AddedMessage> added = new ArrayList<>();
            for (int i = 0; i < request.messages().size(); i++) {
                NewMessage wanted = request.messages().get(i);
                MessagingStore.ThreadOwner owner = owners.computeIfAbsent(wanted.messageThreadId(),
                        threadId -> store.ownerOf(tx.handle(), threadId).orElse(null));
                if (owner == null || !owner.applicationId().equals(caller.applicationId())
                        || !caller.enterpriseIds().contains(owner.enterpriseId())) {
                    // A thread of another application is reported like an unknown one: its existence is not ours to tell.
                    throw new InvalidRequest("Messages[" + i + "].MessageThreadId " + wanted.messageThreadId()
                            + " does not identify a message thread of this application.");
                }
                Message message = new Message(ids.get(), wanted.messageThreadId(), wanted.text(),
                        Message.Sender.Application, tx.now());
                store.insertMessage(tx.handle(), owner.enterpriseId(), message);
                store.touchThread(tx.handle(), message.messageThreadId(), tx.now());
                tx.emit(new DomainEvent.MessageAdded(owner.enterpriseId(), message.id()));
                added.add(new AddedMessage(wanted.identifier(), message));
            }
            return new AddResult(added);
        });
    }
}
