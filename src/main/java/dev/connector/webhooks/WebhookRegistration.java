package dev.connector.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An application's webhook registration as other admin views show it: URLs, the Token and the signing secrets
 * masked, and during a rotation the previous secret with the end of its grace period.
 *
 * @param graceUntilUtc until when the previous secret still signs beside the current one; null when no rotation
 *                      is in progress
 */
public record WebhookRegistration(String generalWebhookUrl, String integrationWebhookUrl, String token,
                                  List<Secret> signingSecrets, Instant graceUntilUtc) {

    /** Which role a signing secret has. */
    public enum Role {
        Current,
        Previous
    }

    /** One secret that signs deliveries now; {@code expiresUtc} is null for the current one. */
    public record Secret(String secret, Role role, Instant expiresUtc) {
    }

    static WebhookRegistration of(WebhookEndpoint endpoint, Instant now) {
        List<Secret> secrets = new ArrayList<>(2);
        if (endpoint.signingSecret() != null) {
            secrets.add(new Secret(endpoint.signingSecret().masked(), Role.Current, null));
        }
        boolean inGrace = endpoint.previousSecret() != null && endpoint.previousSecretExpiresUtc() != null
                && now.isBefore(endpoint.previousSecretExpiresUtc());
        if (inGrace) {
            secrets.add(new Secret(endpoint.previousSecret().masked(), Role.Previous,
                    endpoint.previousSecretExpiresUtc()));
        }
        return new WebhookRegistration(endpoint.generalUrl(), endpoint.integrationUrl(),
                WebhookRegistrations.maskToken(endpoint.token()), List.copyOf(secrets),
                inGrace ? endpoint.previousSecretExpiresUtc() : null);
    }
}
