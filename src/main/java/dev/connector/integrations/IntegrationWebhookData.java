package dev.connector.integrations;

import java.time.Instant;
import java.util.UUID;

/**
 * The {@code Data} object of an Integration Webhook, one shape per action as the reference defines them.
 * Serialised with the API mapper, so components become PascalCase properties and instants UTC seconds.
 */
public sealed interface IntegrationWebhookData {

    /** {@code Integration}: which integration the webhook is about. */
    record IntegrationReference(UUID id, String name) {
    }

    /** {@code Enterprise} of a created integration (the first one of a portfolio integration). */
    record EnterpriseReference(UUID id, String name) {
    }

    /** {@code Service} the integration is connected to. */
    record ServiceReference(UUID id, String name) {
    }

    /** {@code Requestor}: the person who asked for the change. */
    record Requestor(String name, String email) {
    }

    /** Data of {@code IntegrationCreated}; {@code service} and {@code requestor} may be null. */
    record Created(EnterpriseReference enterprise, ServiceReference service, Requestor requestor, String accessToken,
                   Instant createdUtc, boolean isEnabled, IntegrationReference integration)
            implements IntegrationWebhookData {
    }

    /** Data of {@code IntegrationEnabled}, {@code IntegrationDisabled}, {@code IntegrationCanceled} and {@code IntegrationReinstated}. */
    record StateChanged(IntegrationReference integration) implements IntegrationWebhookData {
    }

    /** Data of {@code IntegrationDeleted}. */
    record Deleted(Instant deletedUtc, IntegrationReference integration) implements IntegrationWebhookData {
    }

    /** Data of {@code IntegrationApiKeyCreated}. */
    record ApiKeyCreated(IntegrationReference integration, String apiKey) implements IntegrationWebhookData {
    }
}
