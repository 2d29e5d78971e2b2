package dev.connector.app;

import dev.connector.integrations.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** The admin API's bearer token: the configured one, else the one stored in the data folder, else a new one. */
final class AdminToken {

    private AdminToken() {
    }

    static String resolve(String configured, Path dataDir) {
        if (configured != null) {
            return configured;
        }
        Path file = dataDir.resolve("admin-token");
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file).trim();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            Files.createDirectories(dataDir);
            String token = "admin-" + new Tokens().newToken().toLowerCase();
            Files.writeString(file, token + "\n", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the file stays with default permissions.
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the admin token at " + file.toAbsolutePath(), e);
        }
    }
}
