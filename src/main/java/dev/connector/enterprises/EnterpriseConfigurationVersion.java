package dev.connector.enterprises;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;

/**
 * The {@code configuration_version} of an enterprise: a value that changes, in the same transaction, with every
 * change to what configuration/get answers (the enterprise, its settings, its services). Each change draws a random
 * value instead of counting up, so that a store emptied and seeded again (a sandbox reset) never shows a version
 * some node remembers for other content.
 */
public final class EnterpriseConfigurationVersion {

    private EnterpriseConfigurationVersion() {
    }

    /** Marks the configuration of the enterprise as changed; call it in the transaction that changes it. */
    public static void change(Handle handle, UUID enterpriseId) {
        handle.createUpdate("UPDATE enterprises SET configuration_version = :version WHERE id = :id")
                .bind("version", next())
                .bind("id", enterpriseId.toString())
                .execute();
    }

    /** The current version, or empty when there is no such enterprise. */
    static Optional<Long> read(Handle handle, UUID enterpriseId) {
        return handle.createQuery("SELECT configuration_version FROM enterprises WHERE id = :id")
                .bind("id", enterpriseId.toString())
                .mapTo(Long.class)
                .findOne();
    }

    /** A version for a new enterprise row. */
    static long next() {
        return ThreadLocalRandom.current().nextLong();
    }
}
