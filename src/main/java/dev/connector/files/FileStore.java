package dev.connector.files;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for account files; the bytes stay in base64 as uploaded and are read only when asked for. */
public final class FileStore {

    private static final RowMapper<AccountFile> FILE = (rs, ctx) -> new AccountFile(
            UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("chain_id")),
            UUID.fromString(rs.getString("account_id")), rs.getString("name"), rs.getString("mime_type"),
            rs.getLong("size_bytes"), Instant.ofEpochMilli(rs.getLong("created_utc")));

    public void insert(Handle handle, AccountFile file, String base64) {
        handle.createUpdate("""
                        INSERT INTO account_files (id, chain_id, account_id, name, mime_type, size_bytes, created_utc,
                            data)
                        VALUES (:id, :chainId, :accountId, :name, :type, :size, :created, :data)""")
                .bind("id", file.id().toString())
                .bind("chainId", file.chainId().toString())
                .bind("accountId", file.accountId().toString())
                .bind("name", file.name())
                .bind("type", file.type())
                .bind("size", file.size())
                .bind("created", file.createdUtc().toEpochMilli())
                .bind("data", base64)
                .execute();
    }

    public List<AccountFile> ofAccount(Handle handle, UUID accountId) {
        return handle.createQuery("""
                        SELECT id, chain_id, account_id, name, mime_type, size_bytes, created_utc FROM account_files
                        WHERE account_id = :accountId ORDER BY seq""")
                .bind("accountId", accountId.toString())
                .map(FILE)
                .list();
    }

    public Optional<AccountFile> find(Handle handle, UUID id) {
        return handle.createQuery("""
                        SELECT id, chain_id, account_id, name, mime_type, size_bytes, created_utc FROM account_files
                        WHERE id = :id""")
                .bind("id", id.toString())
                .map(FILE)
                .findOne();
    }

    public Optional<String> data(Handle handle, UUID id) {
        return handle.createQuery("SELECT data FROM account_files WHERE id = :id")
                .bind("id", id.toString())
                .mapTo(String.class)
                .findOne();
    }
}
