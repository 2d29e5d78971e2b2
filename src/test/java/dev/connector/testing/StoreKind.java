package dev.connector.testing;

/** The two stores every API test runs against. */
public enum StoreKind {
    SQLITE,
    POSTGRESQL
}
