package dev.connector.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where an application's webhooks go: one General and one Integration URL (either may be null), the Token added
 * to them, and the signing secret with, during a rotation, the previous one until it expires.
 */
record WebhookEndpoint(UUID applicationId, String generalUrl, String integrationUrl, String token,
                       SigningSecret signingSecret, SigningSecret previousSecret, Instant previousSecretExpiresUtc,
                       Instant updatedUtc) {

    static WebhookEndpoint none(UUID applicationId) {
        return new WebhookEndpoint(applicationId, null, null, null, null, null, null, null);
    }

    String urlFor(MessageKind kind) {
        return switch (kind) {
            case General -> generalUrl;
            case Integration -> integrationUrl;
        };
    }

    /** The secrets that sign a delivery at {@code now}: the current one, and the previous one while in its grace period. */
    List<SigningSecret> activeSecrets(Instant now) {
        List<SigningSecret> secrets = new ArrayList<>(2);
        if (signingSecret != null) {
            secrets.add(signingSecret);
        }
        if (previousSecret != null && previousSecretExpiresUtc != null && now.isBefore(previousSecretExpiresUtc)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }
}
