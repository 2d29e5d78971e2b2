package dev.connector.store;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One page of a list: the items and the cursor to pass for the next page (the last item's id, or null). */
public record Page<T>(List<T> items, UUID cursor) {

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), cursor);
    }
}
