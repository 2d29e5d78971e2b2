package dev.connector.messaging;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** {@code messageThreads/getAll} and {@code messageThreads/add}: an application sees only the threads it opened. */
public final class MessageThreadOperations {

    /** Request of {@code messageThreads/getAll}; at least one of the ids and the two intervals is required. */
    public record GetAll(List<UUID> enterpriseIds, List<UUID> messageThreadIds, TimeInterval createdUtc,
                         TimeInterval updatedUtc, Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.atMost(enterpriseIds, Limitation.MAX_COUNT, "EnterpriseIds");
            Require.atMost(messageThreadIds, Limitation.MAX_COUNT, "MessageThreadIds");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            if (messageThreadIds == null && createdUtc == null && updatedUtc == null) {
                throw new InvalidRequest("One of MessageThreadIds, CreatedUtc or UpdatedUtc is required.");
            }
        }
    }

    /**
     * Request of {@code messageThreads/add}. EnterpriseId is our addition for portfolio tokens (the reference
     * request has none); a single-enterprise token may leave it out.
     */
    public record Add(UUID enterpriseId, String originalSender, String subject) {
        public Add {
            Require.maxLength(Require.text(originalSender, "OriginalSender"), 255, "OriginalSender");
            Require.maxLength(Require.text(subject, "Subject"), 255, "Subject");
        }
    }

    /** Response of both operations. */
    public record Result(List<MessageThread> messageThreads, UUID cursor) {
    }

    private final Transactions transactions;
    private final MessagingStore store;
    private final Supplier<UUID> ids;

    public MessageThreadOperations(Transactions transactions, MessagingStore store, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.ids = ids;
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .eq("application_id", caller.applicationId())
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("id", request.messageThreadIds())
                .within("created_utc", request.createdUtc())
                .within("updated_utc", request.updatedUtc());
        Page<MessageThread> page = transactions.read(handle -> store.threads(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }

    public Result add(Add request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        MessageThread thread = transactions.write(tx -> {
            MessageThread created = new MessageThread(ids.get(), request.originalSender().strip(),
                    request.subject().strip(), tx.now(), tx.now(), false);
            store.insertThread(tx.handle(), enterpriseId, caller.applicationId(), created);
            return created;
        });
        return new Result(List.of(thread), thread.id());
    }
}
