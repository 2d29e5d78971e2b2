package dev.connector.webhooks;

import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.events.GeneralEventKind;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.integrations.IntegrationStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Registers applications' webhook URLs, tokens and signing secrets, and integrations' event selections. */
final class WebhookRegistrations {

    /** A registration as the admin API shows it: secrets masked, except a generated signing secret, shown once. */
    record EndpointView(UUID applicationId, String generalWebhookUrl, String integrationWebhookUrl, String token,
                        String signingSecret, Instant previousSigningSecretExpiresUtc) {
    }

    record EventSelectionView(UUID integrationId, List<GeneralEventKind> events) {
    }

    /** A new signing secret, shown this once, and until when the one it replaced still signs beside it. */
    record RotatedSecret(UUID applicationId, String signingSecret, String previousSigningSecret,
                         Instant graceUntilUtc) {
    }

    private final Transactions transactions;
    private final WebhookStore store;
    private final IntegrationStore integrations;
    private final Duration signingGrace;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookRegistrations(Transactions transactions, WebhookStore store, IntegrationStore integrations,
                         Duration signingGrace, Clock clock) {
        this.clock = clock;
        this.transactions = transactions;
        this.store = store;
        this.integrations = integrations;
        this.signingGrace = signingGrace;
    }

    EndpointView endpoint(UUID applicationId) {
        return transactions.read(handle -> {
            if (integrations.application(handle, applicationId).isEmpty()) {
                throw new NotFound("There is no application " + applicationId + ".");
            }
            return view(store.endpoint(handle, applicationId).orElse(WebhookEndpoint.none(applicationId)), null);
        });
    }

    EndpointView register(UUID applicationId, EndpointChange change) {
        return transactions.write(tx -> {
            if (integrations.application(tx.handle(), applicationId).isEmpty()) {
                throw new NotFound("There is no application " + applicationId + ".");
            }
            return register(tx, applicationId, change);
        });
    }

    /** Registers inside the caller's transaction (the demo seed's, or the start-up registration's). */
    EndpointView register(Tx tx, UUID applicationId, EndpointChange change) {
        WebhookEndpoint current = store.endpoint(tx.handle(), applicationId).orElse(WebhookEndpoint.none(applicationId));
        String token = switch (change.token()) {
            case EndpointChange.Keep keep -> current.token();
            case EndpointChange.Remove remove -> null;
            case EndpointChange.Set set -> set.value().equals(maskToken(current.token())) ? current.token() : set.value();
            case EndpointChange.Generate generate -> throw new InvalidRequest("Token cannot be generated; send your own.");
        };
        SigningSecret secret;
        String shownOnce = null;
        switch (change.signingSecret()) {
            case EndpointChange.Keep keep -> secret = current.signingSecret();
            case EndpointChange.Remove remove -> secret = null;
            case EndpointChange.Generate generate -> {
                secret = SigningSecret.generate(random);
                shownOnce = secret.text();
            }
            case EndpointChange.Set set -> {
                if (current.signingSecret() != null && set.value().equals(current.signingSecret().masked())) {
                    secret = current.signingSecret();
                } else {
                    try {
                        secret = SigningSecret.parse(set.value());
                    } catch (IllegalArgumentException e) {
                        throw new InvalidRequest(e.getMessage());
                    }
                }
            }
        }
        SigningSecret previous = current.previousSecret();
        Instant previousExpires = current.previousSecretExpiresUtc();
        if (secret == null) {
            previous = null;
            previousExpires = null;
        } else if (current.signingSecret() != null && !current.signingSecret().equals(secret)) {
            // Rotation: the old secret keeps signing beside the new one until receivers have switched.
            previous = current.signingSecret();
            previousExpires = tx.now().plus(signingGrace);
        }
        WebhookEndpoint updated = new WebhookEndpoint(applicationId, change.generalUrl(), change.integrationUrl(), token,
                secret, previous, previousExpires, tx.now());
        store.saveEndpoint(tx.handle(), updated);
        return view(updated, shownOnce);
    }

    /** The application's registration, secrets masked; 404 for an unknown application. */
    WebhookRegistration registration(UUID applicationId) {
        return transactions.read(handle -> {
            if (integrations.application(handle, applicationId).isEmpty()) {
                throw new NotFound("There is no application " + applicationId + ".");
            }
            WebhookEndpoint endpoint = store.endpoint(handle, applicationId).orElse(WebhookEndpoint.none(applicationId));
            return WebhookRegistration.of(endpoint, clock.instant());
        });
    }

    /**
     * Replaces the signing secret with a generated one; the replaced one keeps signing beside it for {@code grace}
     * (or the configured grace when null), so receivers can switch without losing a delivery. An application
     * without a secret just gets one.
     */
    RotatedSecret rotate(UUID applicationId, Duration grace) {
        Duration keep = grace == null ? signingGrace : grace;
        return transactions.write(tx -> {
            if (integrations.application(tx.handle(), applicationId).isEmpty()) {
                throw new NotFound("There is no application " + applicationId + ".");
            }
            WebhookEndpoint current = store.endpoint(tx.handle(), applicationId)
                    .orElse(WebhookEndpoint.none(applicationId));
            SigningSecret fresh = SigningSecret.generate(random);
            SigningSecret previous = current.signingSecret();
            Instant graceUntil = previous == null ? null : tx.now().plus(keep);
            store.saveEndpoint(tx.handle(), new WebhookEndpoint(applicationId, current.generalUrl(),
                    current.integrationUrl(), current.token(), fresh, previous, graceUntil, tx.now()));
            return new RotatedSecret(applicationId, fresh.text(), previous == null ? null : previous.masked(),
                    graceUntil);
        });
    }

    /** The General Webhook events an integration receives (all until it chooses); 404 for an unknown one. */
    List<GeneralEventKind> events(UUID integrationId) {
        return selection(integrationId).events();
    }

    EventSelectionView selection(UUID integrationId) {
        return transactions.read(handle -> {
            requireIntegration(handle, integrationId);
            Set<GeneralEventKind> events = store.selection(handle, integrationId).orElse(GeneralEventKind.all());
            return new EventSelectionView(integrationId, List.copyOf(events));
        });
    }

    EventSelectionView select(UUID integrationId, List<String> names) {
        Set<GeneralEventKind> events;
        try {
            events = GeneralEvents.parse(names);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(e.getMessage());
        }
        return transactions.write(tx -> {
            requireIntegration(tx.handle(), integrationId);
            store.saveSelection(tx.handle(), integrationId, events, tx.now());
            return new EventSelectionView(integrationId, List.copyOf(events));
        });
    }

    private void requireIntegration(org.jdbi.v3.core.Handle handle, UUID integrationId) {
        if (integrations.integration(handle, integrationId).isEmpty()) {
            throw new NotFound("There is no integration " + integrationId + ".");
        }
    }

    private static EndpointView view(WebhookEndpoint endpoint, String shownOnce) {
        return new EndpointView(endpoint.applicationId(), endpoint.generalUrl(), endpoint.integrationUrl(),
                maskToken(endpoint.token()),
                shownOnce != null ? shownOnce : endpoint.signingSecret() == null ? null : endpoint.signingSecret().masked(),
                endpoint.previousSecret() == null ? null : endpoint.previousSecretExpiresUtc());
    }

    /** Tokens are shown as their last four characters; short ones not at all. */
    static String maskToken(String token) {
        if (token == null) {
            return null;
        }
        return token.length() <= 8 ? "****" : "****" + token.substring(token.length() - 4);
    }
}
