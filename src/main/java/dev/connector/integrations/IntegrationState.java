package dev.connector.integrations;

/** Where an integration is in its lifecycle; only an Enabled one may call the API or receive events. */
public enum IntegrationState {
    Enabled,
    Disabled,
    Canceled,
    Deleted
}
