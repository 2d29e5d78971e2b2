package dev.connector.messaging;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for message threads and messages. */
public final class MessagingStore {

    /** Whose a thread is: the enterprise it lives in and the application that opened it. */
    public record ThreadOwner(UUID enterpriseId, UUID applicationId) {
    }

    private final Documents documents;

    public MessagingStore(Documents documents) {
        this.documents = documents;
    }

    public void insertThread(Handle handle, UUID enterpriseId, UUID applicationId, MessageThread thread) {
        handle.createUpdate("""
                        INSERT INTO message_threads (id, enterprise_id, application_id, original_sender, subject,
                            is_resolved, created_utc, updated_utc)
                        VALUES (:id, :enterpriseId, :applicationId, :originalSender, :subject, :isResolved,
                            :createdUtc, :updatedUtc)""")
                .bind("id", thread.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("applicationId", applicationId.toString())
                .bind("originalSender", thread.originalSender())
                .bind("subject", thread.subject())
                .bind("isResolved", thread.isResolved())
                .bind("createdUtc", thread.createdUtc().toEpochMilli())
                .bind("updatedUtc", thread.updatedUtc().toEpochMilli())
                .execute();
    }

    /** One page of threads; the filter may use the columns of {@code message_threads}. */
    public Page<MessageThread> threads(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "*", "message_threads", "message_threads", filter, limitation,
                (rs, ctx) -> readThread(rs), MessageThread::id);
    }

    public Optional<ThreadOwner> ownerOf(Handle handle, UUID threadId) {
        return handle.createQuery("SELECT enterprise_id, application_id FROM message_threads WHERE id = :id")
                .bind("id", threadId.toString())
                .map((rs, ctx) -> new ThreadOwner(
                        UUID.fromString(rs.getString("enterprise_id")), UUID.fromString(rs.getString("application_id"))))
                .findOne();
    }

    /** A new message makes its thread recently updated. */
    public void touchThread(Handle handle, UUID threadId, Instant now) {
        handle.createUpdate("UPDATE message_threads SET updated_utc = :now WHERE id = :id")
                .bind("id", threadId.toString())
                .bind("now", now.toEpochMilli())
                .execute();
    }

    public void insertMessage(Handle handle, UUID enterpriseId, Message message) {
        handle.createUpdate("""
                        INSERT INTO messages (id, thread_id, enterprise_id, created_utc, doc)
                        VALUES (:id, :threadId, :enterpriseId, :createdUtc, :doc)""")
                .bind("id", message.id().toString())
                .bind("threadId", message.messageThreadId().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("createdUtc", message.createdUtc().toEpochMilli())
                .bind("doc", documents.write(message))
                .execute();
    }

    /** One page of messages; the filter may use {@code m.} (messages) and {@code t.} (their threads). */
    public Page<Message> messages(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "m.doc", "messages m JOIN message_threads t ON t.id = m.thread_id", "m",
                filter, limitation, documents.rowMapper(Message.class), Message::id);
    }

    private static MessageThread readThread(ResultSet rs) throws SQLException {
        return new MessageThread(
                UUID.fromString(rs.getString("id")),
                rs.getString("original_sender"),
                rs.getString("subject"),
                Instant.ofEpochMilli(rs.getLong("created_utc")),
                Instant.ofEpochMilli(rs.getLong("updated_utc")),
                rs.getBoolean("is_resolved"));
    }
}
