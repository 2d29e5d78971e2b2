package dev.connector.files;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.identitydocuments.ChainAccess;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code customers/addFile} and {@code accounts/addFile}: one file store for both. Only the MIME types the reference
 * allows, at most {@link #MAX_BYTES} once decoded; a customer's new file writes CustomerUpdated (companies have no
 * webhook event). Files are read back with the admin API ({@code GET /admin/v1/files/{id}}).
 */
public final class FileOperations {

    /** Allowed types, as the reference lists them for both operations. */
    public static final Set<String> MIME_TYPES = Set.of("application/pdf", "image/bmp", "image/gif", "image/jpeg",
            "image/png", "image/tiff");
    /** The largest file accepted: 3 MB, which keeps the base64 body within the server's request limit. */
    public static final int MAX_BYTES = 3 * 1024 * 1024;

    private final Transactions transactions;
    private final FileStore store;
    private final ChainAccess access;
    private final Supplier<UUID> ids;

    public FileOperations(Transactions transactions, FileStore store, ChainAccess access, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.access = access;
        this.ids = ids;
    }

    public record CustomerFileRequest(UUID chainId, UUID customerId, String name, String type, String data) {
        public CustomerFileRequest {
            Require.present(customerId, "CustomerId");
        }
    }

    public record AddResult(UUID fileId) {
    }

    public AddResult addCustomerFile(CustomerFileRequest request, Caller caller) {
        Upload upload = Upload.of(request.name(), request.type(), request.data());
        return transactions.write(tx -> {
            ChainAccess.Acting acting = access.acting(tx.handle(), caller, request.chainId());
            access.customer(tx.handle(), acting.chainId(), request.customerId(), "CustomerId");
            UUID fileId = save(tx, acting, request.customerId(), upload);
            tx.emit(new DomainEvent.CustomerUpdated(acting.enterpriseId(), request.customerId()));
            return new AddResult(fileId);
        });
    }

    public record AccountFileRequest(UUID chainId, UUID accountId, String name, String type, String data) {
        public AccountFileRequest {
            Require.present(accountId, "AccountId");
        }
    }

    public AddResult addAccountFile(AccountFileRequest request, Caller caller) {
        Upload upload = Upload.of(request.name(), request.type(), request.data());
        return transactions.write(tx -> {
            ChainAccess.Acting acting = access.acting(tx.handle(), caller, request.chainId());
            if (isCompany(tx, acting.chainId(), request.accountId())) {
                return new AddResult(save(tx, acting, request.accountId(), upload));
            }
            access.customer(tx.handle(), acting.chainId(), request.accountId(), "AccountId");
            UUID fileId = save(tx, acting, request.accountId(), upload);
            tx.emit(new DomainEvent.CustomerUpdated(acting.enterpriseId(), request.accountId()));
            return new AddResult(fileId);
        });
    }

    private UUID save(Tx tx, ChainAccess.Acting acting, UUID accountId, Upload upload) {
        AccountFile file = new AccountFile(ids.get(), acting.chainId(), accountId, upload.name(), upload.type(),
                upload.size(), tx.now());
        store.insert(tx.handle(), file, upload.base64());
        return file.id();
    }

    private static boolean isCompany(Tx tx, UUID chainId, UUID accountId) {
        return tx.handle().createQuery("SELECT COUNT(*) FROM companies WHERE id = :id AND chain_id = :chainId")
                .bind("id", accountId.toString())
                .bind("chainId", chainId.toString())
                .mapTo(Integer.class)
                .one() > 0;
    }

    /** A checked upload: a name, an allowed type, and data that decodes to at most {@link #MAX_BYTES}. */
    record Upload(String name, String type, String base64, long size) {

        static Upload of(String name, String type, String data) {
            Require.maxLength(Require.text(name, "Name"), 1000, "Name");
            String mime = Require.maxLength(Require.text(type, "Type"), 1000, "Type").trim().toLowerCase(Locale.ROOT);
            if (!MIME_TYPES.contains(mime)) {
                throw new InvalidRequest("Type " + type + " is not allowed; send one of " + MIME_TYPES + ".");
            }
            String compact = Require.text(data, "Data").replaceAll("\\s", "");
            if ((long) compact.length() * 3 / 4 > MAX_BYTES + 2L) {
                throw new InvalidRequest("Data is larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MB.");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(compact);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("Data must be the file's bytes in base64.");
            }
            if (bytes.length == 0) {
                throw new InvalidRequest("Data is required and must not be empty.");
            }
            if (bytes.length > MAX_BYTES) {
                throw new InvalidRequest("Data is larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MB.");
            }
            return new Upload(name.trim(), mime, compact, bytes.length);
        }
    }
}
