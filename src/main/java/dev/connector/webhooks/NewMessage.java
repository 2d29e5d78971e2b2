package dev.connector.webhooks;

import java.time.Instant;
import java.util.UUID;

/** A message the router has built from outbox events, about to be stored as Pending. */
record NewMessage(UUID id, MessageKind kind, UUID applicationId, UUID integrationId, UUID enterpriseId, String body,
                  int eventCount, Instant committedUtc) {
}
