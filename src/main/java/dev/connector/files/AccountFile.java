package dev.connector.files;

import java.time.Instant;
import java.util.UUID;

/** A file attached to an account (customer or company), without its bytes. */
public record AccountFile(UUID id, UUID chainId, UUID accountId, String name, String type, long size,
                          Instant createdUtc) {
}
