package dev.connector.reference;

/**
 * The body of the reference data operations: nothing beyond the tokens and Client, which the router handles.
 * Their answers are the same for every caller.
 */
public record ReferenceRequest() {
}
