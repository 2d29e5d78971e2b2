package dev.connector.triggers;

import dev.connector.api.ApiException;
import dev.connector.api.Conflict;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.api.TooManyRequests;
import dev.connector.api.Unauthorized;

/** A refused step of a trigger, answered with the operation's own status and a message that names the step. */
final class TriggerErrors {

    private TriggerErrors() {
    }

    /** {@code e} as thrown by the operation at {@code path}, its message prefixed with that path. */
    static ApiException inStep(String path, ApiException e) {
        return withMessage(e, path + ": " + e.getMessage());
    }

    /** The same failure (status and details) with another message. */
    static ApiException withMessage(ApiException e, String message) {
        ApiException changed = switch (e) {
            case InvalidRequest invalid -> new InvalidRequest(message, invalid.details());
            case Forbidden forbidden -> new Forbidden(message, forbidden.details());
            case NotFound notFound -> new NotFound(message, notFound.details());
            case Conflict conflict -> new Conflict(message, conflict.details());
            case Unauthorized unauthorized -> new Unauthorized(message, unauthorized.details());
            case TooManyRequests tooMany -> new TooManyRequests(message, tooMany.retryAfterSeconds());
        };
        changed.initCause(e);
        return changed;
    }
}
