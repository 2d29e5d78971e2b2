package dev.connector.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic ids for demo data: the same name gives the same id on every fresh start. */
public final class DemoIds {

    private DemoIds() {
    }

    public static UUID of(String name) {
        return UUID.nameUUIDFromBytes(("connector-demo/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
