package dev.connector.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's files as the server serves them, without a browser: types, caching, security headers, 404s. */
class ConsoleFilesTest {

    private static RunningConnector server;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        server = RunningConnector.start(StoreKind.SQLITE);
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void console_without_slash_redirects_to_the_page() {
        ApiResponse response = get("/console");

        assertThat(response.status()).isIn(301, 302, 303, 307, 308);
        assertThat(response.header("Location")).isEqualTo("/console/");
    }

    @Test
    void the_page_is_html_with_a_strict_content_security_policy() {
        ApiResponse response = get("/console/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("text/html;charset=utf-8");
        assertThat(response.raw()).contains("<title>Connector console</title>").contains("/console/js/main.js");
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void scripts_styles_and_images_have_their_content_types() {
        assertThat(contentType(get("/console/js/main.js"))).isEqualTo("text/javascript;charset=utf-8");
        assertThat(contentType(get("/console/console.css"))).isEqualTo("text/css;charset=utf-8");
        assertThat(contentType(get("/console/icon.svg"))).isEqualTo("image/svg+xml");
    }

    @Test
    void an_unchanged_file_is_answered_304_without_a_body() {
        ApiResponse first = get("/console/console.css");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();

        ApiResponse again = client.send("GET", "/console/console.css", null, Map.of("If-None-Match", etag));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.raw()).isEmpty();
    }

    @Test
    void every_module_the_page_imports_is_served() {
        // Follows index.html's script and every relative import, as the browser would, so a renamed file is caught here.
        Pattern imports = Pattern.compile("(?:from|import)\\s+'(\\./[^']+|\\.\\./[^']+)'");
        Deque<String> toLoad = new ArrayDeque<>();
        toLoad.add("/console/js/main.js");
        Set<String> seen = new HashSet<>();
        while (!toLoad.isEmpty()) {
            String path = toLoad.pop();
            if (!seen.add(path)) {
                continue;
            }
            ApiResponse response = get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            Matcher matcher = imports.matcher(response.raw());
            while (matcher.find()) {
                toLoad.add(java.net.URI.create("http://x" + path).resolve(matcher.group(1)).getPath());
            }
        }
        assertThat(seen).contains("/console/js/api.js", "/console/js/ui.js", "/console/js/pages/deliveries.js",
                "/console/js/pages/sandbox.js");
    }

    @Test
    void a_missing_file_is_404_in_the_error_shape() {
        ApiResponse response = get("/console/nothing-here.js");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("Message").asText()).contains("nothing-here.js");
    }

    @Test
    void a_file_of_an_unknown_type_is_not_served() {
        assertThat(get("/console/index.txt").status()).isEqualTo(404);
        assertThat(get("/console/INDEX.HTML").status()).isEqualTo(404);
    }

    @Test
    void no_request_climbs_out_of_the_console_folder() {
        // reference/taxes.json sits beside console/ on the class path; none of these may reach it or anything else.
        for (String path : new String[] {"/console/../reference/taxes.json", "/console/%2e%2e/reference/taxes.json",
                "/console/js/..%2f..%2freference/taxes.json", "/console/..%2freference%2ftaxes.json",
                "/console/%2e%2e%2freference/taxes.json", "/console//etc/passwd", "/console/..\\reference\\taxes.json",
                "/console/js/./main.js", "/console/%252e%252e/reference/taxes.json"}) {
            String answer = raw(path);
            assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200");
            assertThat(answer).as(path).doesNotContain("\"About\"").doesNotContain("root:x:0:0");
        }
    }

    @Test
    void the_admin_api_still_needs_the_admin_token() {
        assertThat(client.send("GET", "/admin/v1/applications", null, Map.of()).status()).isEqualTo(401);
    }

    /** The Content-Type without spaces: the server may write "text/html;charset=utf-8" or with a space. */
    private static String contentType(ApiResponse response) {
        return response.header("Content-Type").replace(" ", "");
    }

    private static ApiResponse get(String path) {
        return client.send("GET", path, null, Map.of());
    }

    /** Sends the path byte for byte, as no HTTP client library would (they normalise dot segments). */
    private static String raw(String path) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
