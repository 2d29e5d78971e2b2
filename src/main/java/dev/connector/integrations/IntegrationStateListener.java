package dev.connector.integrations;

import java.util.UUID;

/**
 * Told after an integration's new state has been committed, e.g. so that open WebSockets of an integration that
 * is no longer Enabled are closed. Called on the thread that made the change; must return quickly and not throw.
 */
@FunctionalInterface
public interface IntegrationStateListener {

    void stateChanged(UUID integrationId, IntegrationState state);
}
