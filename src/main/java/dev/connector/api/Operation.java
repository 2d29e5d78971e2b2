package dev.connector.api;

/**
 * One API operation: a validated request record in, a response record (or null for an empty object) out.
 * Implementations throw {@link ApiException} subtypes for anything the client should be told.
 */
@FunctionalInterface
public interface Operation<Q> {

    Object handle(Q request, Caller caller);
}
