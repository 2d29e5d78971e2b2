package dev.connector.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.app.Config;
import dev.connector.app.Connector;
import dev.connector.http.RateLimit;
import dev.connector.store.Database;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.SpecContract;
import dev.connector.testing.StoreKind;
import dev.connector.testing.TestPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An export from request to downloaded file, across a restart of the server while it is Processing. */
class ExportsTest {

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void an_export_left_processing_by_a_stopped_server_finishes_after_the_restart_and_downloads(StoreKind store)
            throws Exception {
        Path dataDir = Files.createTempDirectory("connector-export-test-");
        String databaseUrl = store == StoreKind.POSTGRESQL ? TestPostgres.createDatabase() : null;
        Config config = Config.defaults().withHost("127.0.0.1").withPort(0).withDataDir(dataDir)
                .withDatabaseUrl(databaseUrl).withAdminToken(RunningConnector.ADMIN_TOKEN)
                .withRateLimit(RateLimit.Policy.OFF);
        String exportId;
        try (Connector first = Connector.start(config)) {
            ApiClient client = new ApiClient("http://127.0.0.1:" + first.port());
            JsonNode added = ok(client, "exports/add", ApiClient.body(ApiClient.UK).put("EntityType", "Customer"));
            exportId = added.path("Export").path("Id").asText();
            assertThat(added.path("Export").path("Status").asText()).isIn("Pending", "Processing");
            ApiResponse second = client.operation("exports/add",
                    ApiClient.body(ApiClient.UK).put("EntityType", "Customer"));
            if (second.status() == 200) {
                // The first had already finished: the rule is about exports still in progress.
                assertThat(status(client, exportId)).isEqualTo("Success");
            } else {
                assertThat(second.status()).isEqualTo(403);
            }
        }
        // As if the server had stopped half way: the export is Processing and its files are gone.
        markProcessing(config.databaseUrl() == null ? Database.sqlite(config.dataDir())
                : Database.postgresql(config.databaseUrl()), exportId);
        try (Connector restarted = Connector.start(config)) {
            ApiClient client = new ApiClient("http://127.0.0.1:" + restarted.port());
            await().atMost(Duration.ofSeconds(30)).until(() -> status(client, exportId).equals("Success"));
            ObjectNode query = ApiClient.body(ApiClient.UK);
            query.putArray("ExportIds").add(exportId);
            JsonNode export = ok(client, "exports/getAll", query).path("Exports").get(0);
            assertThat(export.path("ExpiresUtc").asText()).isNotBlank();
            JsonNode file = export.path("Files").get(0);
            HttpResponse<String> download = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(file.path("Url").asText())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(download.statusCode()).isEqualTo(200);
            String[] lines = download.body().split("\n");
            assertThat(lines.length).isGreaterThanOrEqualTo(50);
            assertThat(ApiClient.JSON.readTree(lines[0]).has("LastName")).isTrue();
            assertThat((long) download.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isEqualTo(file.path("SizeInBytes").asLong());
        } finally {
            if (databaseUrl != null) {
                TestPostgres.dropDatabase(databaseUrl);
            }
            deleteQuietly(dataDir);
        }
    }

    /** Edits the stopped server's store directly: no server (and no export worker) runs meanwhile. */
    private static void markProcessing(Database database, String exportId) {
        try (database) {
            database.jdbi().useHandle(handle -> {
                handle.createUpdate("DELETE FROM export_files WHERE export_id = :id").bind("id", exportId).execute();
                String doc = handle.createQuery("SELECT doc FROM exports WHERE id = :id").bind("id", exportId)
                        .mapTo(String.class).one();
                handle.createUpdate("UPDATE exports SET status = 'Processing', doc = :doc WHERE id = :id")
                        .bind("id", exportId)
                        .bind("doc", doc.replaceFirst("\"Status\":\"[A-Za-z]+\"", "\"Status\":\"Processing\""))
                        .execute();
            });
        }
    }

    private static String status(ApiClient client, String exportId) {
        ObjectNode query = ApiClient.body(ApiClient.UK);
        query.putArray("ExportIds").add(exportId);
        return ok(client, "exports/getAll", query).path("Exports").get(0).path("Status").asText();
    }

    private static JsonNode ok(ApiClient client, String operation, JsonNode body) {
        ApiResponse response = client.operation(operation, body);
        assertThat(response.status()).as(operation + ": " + response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
