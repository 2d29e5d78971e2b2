package dev.connector.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bare-HTTP load generator (wrk from Debian's packages), driven with a POST body and a Lua summary. */
final class Wrk {

    private Wrk() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** POSTs {@code body} to {@code url} with {@code connections} connections for {@code seconds}. */
    static Map<String, Object> post(String url, String body, int connections, int seconds) {
        try {
            Path script = Files.createTempFile("bench-wrk-", ".lua");
            Files.writeString(script, """
                    wrk.method = "POST"
                    wrk.headers["Content-Type"] = "application/json"
                    wrk.body = [==[%s]==]
                    done = function(summary, latency, requests)
                      local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                        + summary.errors.status + summary.errors.timeout
                      io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
                        errors, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
                    end
                    """.formatted(body), StandardCharsets.UTF_8);
            int threads = Math.min(2, connections);
            Process process = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                    "--timeout", "10s", "-s", script.toString(), url)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Files.deleteIfExists(script);
            String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("wrk printed no result: " + output));
            String[] parts = line.split(" ");
            long requests = Long.parseLong(parts[1]);
            double durationSeconds = Long.parseLong(parts[2]) / 1_000_000.0;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("requests_per_s", Math.round(requests / durationSeconds));
            row.put("errors", Long.parseLong(parts[3]));
            row.put("p50_ms", Latencies.ms(Double.parseDouble(parts[4])));
            row.put("p95_ms", Latencies.ms(Double.parseDouble(parts[5])));
            row.put("p99_ms", Latencies.ms(Double.parseDouble(parts[6])));
            row.put("max_ms", Latencies.ms(Double.parseDouble(parts[7])));
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
