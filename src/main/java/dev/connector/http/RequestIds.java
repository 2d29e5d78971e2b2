package dev.connector.http;

import io.javalin.http.Context;
import java.util.UUID;

/** Gives every request an id, sent back in the {@code Request-Id} header and in error bodies. */
public final class RequestIds {

    static final String HEADER = "Request-Id";
    private static final String ATTRIBUTE = "connector.request-id";

    private RequestIds() {
    }

    static void assign(Context ctx) {
        String id = UUID.randomUUID().toString();
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
