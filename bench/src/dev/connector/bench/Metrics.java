package dev.connector.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Samples of a server process: heap from its Prometheus metrics, CPU from /proc. */
final class Metrics {

    private Metrics() {
    }

    /** Used heap in MiB as the server reports it on /metrics. */
    static double heapMiB(BenchClient client) {
        double bytes = 0;
        for (String line : client.get("/metrics").split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(bytes / 1024 / 1024 * 10) / 10.0;
    }

    /** CPU time (user + system) of a process in seconds, from /proc/PID/stat. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
