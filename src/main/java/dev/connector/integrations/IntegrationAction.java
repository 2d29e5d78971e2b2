package dev.connector.integrations;

/** The actions of Integration Webhooks, named exactly as partners receive them in {@code Action}. */
public enum IntegrationAction {
    IntegrationCreated,
    IntegrationEnabled,
    IntegrationDisabled,
    IntegrationCanceled,
    IntegrationReinstated,
    IntegrationDeleted,
    IntegrationApiKeyCreated
}
