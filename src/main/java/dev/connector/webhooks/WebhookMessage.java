package dev.connector.webhooks;

import java.time.Instant;
import java.util.UUID;

/** A claimed message as the dispatcher sends it. */
record WebhookMessage(UUID id, MessageKind kind, UUID applicationId, UUID integrationId, UUID enterpriseId,
                      String body, int eventCount, int attemptsInCycle, Instant committedUtc) {
}
