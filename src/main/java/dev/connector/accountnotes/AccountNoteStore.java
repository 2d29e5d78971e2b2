package dev.connector.accountnotes;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for account notes: the chain and account of each note, its activity and update time, the record in doc. */
public final class AccountNoteStore {

    private final Documents documents;
    private final RowMapper<AccountNote> mapper;

    public AccountNoteStore(Documents documents) {
        this.documents = documents;
        this.mapper = documents.rowMapper(AccountNote.class);
    }

    public void insert(Handle handle, UUID chainId, AccountNote note, Instant updatedUtc) {
        handle.createUpdate("""
                        INSERT INTO account_notes (id, chain_id, account_id, account_type, is_active, updated_utc, doc)
                        VALUES (:id, :chainId, :accountId, :accountType, :isActive, :updatedUtc, :doc)""")
                .bind("id", note.id().toString())
                .bind("chainId", chainId.toString())
                .bind("accountId", note.accountId().toString())
                .bind("accountType", note.accountType().name())
                .bind("isActive", note.isActive())
                .bind("updatedUtc", updatedUtc.toEpochMilli())
                .bind("doc", documents.write(note))
                .execute();
    }

    public void update(Handle handle, AccountNote note, Instant updatedUtc) {
        handle.createUpdate("""
                        UPDATE account_notes SET is_active = :isActive, updated_utc = :updatedUtc, doc = :doc
                        WHERE id = :id""")
                .bind("id", note.id().toString())
                .bind("isActive", note.isActive())
                .bind("updatedUtc", updatedUtc.toEpochMilli())
                .bind("doc", documents.write(note))
                .execute();
    }

    /** The active note with this id in one of the chains, with its chain. */
    public Optional<Stored> findActive(Handle handle, Collection<UUID> chainIds, UUID id) {
        return handle.createQuery("""
                        SELECT chain_id, doc FROM account_notes
                        WHERE id = :id AND chain_id IN (<chainIds>) AND is_active = :active""")
                .bind("id", id.toString())
                .bindList("chainIds", chainIds.stream().map(UUID::toString).toList())
                .bind("active", true)
                .map((rs, ctx) -> new Stored(UUID.fromString(rs.getString("chain_id")), mapper.map(rs, ctx)))
                .findOne();
    }

    public Page<AccountNote> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "account_notes", "account_notes", filter, limitation, mapper,
                AccountNote::id);
    }

    /** A stored note with the chain of its account. */
    public record Stored(UUID chainId, AccountNote note) {
    }
}
