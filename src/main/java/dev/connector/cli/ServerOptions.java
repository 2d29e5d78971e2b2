package dev.connector.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the running server is and how to prove the caller may use its admin API; shared by the CLI commands. */
final class ServerOptions {

    static final String TOKEN_VARIABLE = "CONNECTOR_ADMIN_TOKEN";

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:CONNECTOR_URL:-http://localhost:8080}",
            description = "Address of the running server (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Admin token of the server (default: $" + TOKEN_VARIABLE + ", else the admin-token file of --data).")
    String adminToken;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CONNECTOR_DATA:-data}",
            description = "The server's data folder, where it keeps its admin token (default ${DEFAULT-VALUE}).")
    Path data;

    /** A client of the admin API at {@code --url}, with the token from the option, the variable or the data folder. */
    AdminClient connect() {
        return new AdminClient(baseUri(), token());
    }

    private URI baseUri() {
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new CliFailure("--url must be an http:// or https:// address such as http://localhost:8080, not '" + url + "'.");
    }

    private AdminClient.Token token() {
        if (adminToken != null && !adminToken.isBlank()) {
            return new AdminClient.Token(adminToken.trim(), "--admin-token");
        }
        String variable = System.getenv(TOKEN_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new AdminClient.Token(variable.trim(), "$" + TOKEN_VARIABLE);
        }
        // The server keeps the token it generated in this file of its data folder (see serve --data).
        Path file = data.resolve("admin-token");
        String stored = null;
        try {
            if (Files.isRegularFile(file)) {
                stored = Files.readString(file).trim();
            }
        } catch (IOException e) {
            throw new CliFailure("Cannot read the admin token at " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        if (stored == null || stored.isEmpty()) {
            throw new CliFailure("No admin token: " + file.toAbsolutePath() + " does not hold one. Pass --admin-token, set $"
                    + TOKEN_VARIABLE + ", or point --data at the server's data folder.");
        }
        return new AdminClient.Token(stored, file.toString());
    }
}
