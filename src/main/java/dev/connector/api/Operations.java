package dev.connector.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The table of operations by exact path below {@code /api/connector/v1/}, filled once at start. */
public final class Operations {

    /** How the reference lists an operation: generally available, deprecated, or restricted to some partners. */
    public enum Stage {
        GENERAL, DEPRECATED, RESTRICTED
    }

    /**
     * One registered operation and the record its body binds to.
     *
     * @param feature the feature package that serves it, e.g. {@code customers}
     */
    public record Registered<Q>(String path, Stage stage, String feature, Class<Q> requestType,
                                Operation<Q> operation) {
    }

    private final Map<String, Registered<?>> byPath = new LinkedHashMap<>();

    /** Registers an operation; {@code path} is e.g. {@code customers/getAll} or {@code reservations/getAll/2023-06-06}. */
    public <Q> Operations add(String path, Stage stage, String feature, Class<Q> requestType,
                              Operation<Q> operation) {
        if (byPath.putIfAbsent(path, new Registered<>(path, stage, feature, requestType, operation)) != null) {
            throw new IllegalStateException("Operation registered twice: " + path);
        }
        return this;
    }

    public Registered<?> find(String path) {
        return byPath.get(path);
    }

    public Map<String, Registered<?>> all() {
        return Collections.unmodifiableMap(byPath);
    }
}
