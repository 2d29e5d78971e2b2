package dev.connector.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writes the API's error shape {@code {"Message", "RequestId", "Details"}}; the one place errors are rendered. */
public final class ErrorResponses {

    static final String WRITTEN = "connector.error-written";

    private final ObjectMapper json;
    private final boolean sandbox;

    public ErrorResponses(ObjectMapper json, boolean sandbox) {
        this.json = json;
        this.sandbox = sandbox;
    }

    /** Answers {@code status} with the error shape; {@code details} is shown only in sandbox mode. */
    public void write(Context ctx, int status, String message, String details) {
        ObjectNode body = json.createObjectNode();
        body.put("Message", message);
        body.put("RequestId", RequestIds.of(ctx));
        if (sandbox && details != null) {
            body.put("Details", details);
        } else {
            body.putNull("Details");
        }
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body.toString());
    }

    public boolean sandbox() {
        return sandbox;
    }
}
