package dev.connector.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Gives every request an id, sent back in the {@code Request-Id} header and in error bodies. */
public final class RequestIds {

    static final String HEADER = "Request-Id";
    private static final String ATTRIBUTE = "connector.request-id";

    private RequestIds() {
    }

    static void assign(Context ctx) {
        // A version 4 UUID from the thread's own generator: UUID.randomUUID() reads the shared SecureRandom under a
        // lock on every request, and a request id needs to be unique, not unguessable.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String id = new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The id of this request (assigned on first use if a handler runs before the usual filter). */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            assign(ctx);
            id = ctx.attribute(ATTRIBUTE);
        }
        return id;
    }
}
