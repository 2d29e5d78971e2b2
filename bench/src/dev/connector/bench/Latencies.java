package dev.connector.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.ConcurrentHistogram;

/** A latency distribution recorded in microseconds and reported in milliseconds. Thread-safe. */
final class Latencies {

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(3_600_000_000L, 3);

    void recordMicros(long micros) {
        histogram.recordValue(Math.max(0, Math.min(micros, histogram.getHighestTrackableValue())));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** count, p50, p95, p99 and max, in milliseconds with two decimals. */
    Map<String, Object> summary(String prefix) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(prefix + "_count", histogram.getTotalCount());
        row.put(prefix + "_p50_ms", ms(histogram.getValueAtPercentile(50)));
        row.put(prefix + "_p95_ms", ms(histogram.getValueAtPercentile(95)));
        row.put(prefix + "_p99_ms", ms(histogram.getValueAtPercentile(99)));
        row.put(prefix + "_max_ms", ms(histogram.getMaxValue()));
        return row;
    }

    static double ms(double micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
