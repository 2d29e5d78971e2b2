package dev.connector.accounts;

import java.util.UUID;

/** An account found in a chain: its id, kind and chain. */
public record AccountRef(UUID id, AccountType type, UUID chainId) {
}
