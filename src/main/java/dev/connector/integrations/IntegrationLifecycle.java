package dev.connector.integrations;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.Conflict;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.integrations.IntegrationWebhookData.EnterpriseReference;
import dev.connector.integrations.IntegrationWebhookData.IntegrationReference;
import dev.connector.integrations.IntegrationWebhookData.ServiceReference;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates integrations and moves them through their lifecycle. Every change and its Integration Webhook event
 * ({@link DomainEvent.IntegrationChanged}) are committed in one transaction; state listeners are told after
 * the commit. Thread-safe.
 */
public final class IntegrationLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationLifecycle.class);
    private static final EnumSet<IntegrationState> MAY_GET_API_KEYS =
            EnumSet.of(IntegrationState.Enabled, IntegrationState.Disabled);

    /** A new API key: shown once to the operator, stored by hash only. */
    public record CreatedApiKey(UUID integrationId, String apiKey) {
    }

    private final Transactions transactions;
    private final IntegrationStore store;
    private final EnterpriseStore enterprises;
    private final Tokens tokens;
    private final ObjectMapper json;
    private final List<IntegrationStateListener> listeners;
    private final Supplier<UUID> ids;

    /**
     * @param listeners read at every notification, so listeners added to this list after construction are told too
     */
    public IntegrationLifecycle(Transactions transactions, IntegrationStore store, EnterpriseStore enterprises,
                                Tokens tokens, ObjectMapper json, List<IntegrationStateListener> listeners,
                                Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.tokens = tokens;
        this.json = json;
        this.listeners = listeners;
        this.ids = ids;
    }

    /** Creates an integration with a new AccessToken and tells its application with {@code IntegrationCreated}. */
    public Integration create(NewIntegration request) {
        return transactions.write(tx -> {
            store.application(tx.handle(), request.applicationId()).orElseThrow(() -> new InvalidRequest(
                    "ApplicationId " + request.applicationId() + " is not the id of an application."));
            List<Enterprise> found = enterprises.byIds(tx.handle(), request.enterpriseIds());
            for (int i = 0; i < request.enterpriseIds().size(); i++) {
                UUID id = request.enterpriseIds().get(i);
                if (found.stream().noneMatch(enterprise -> enterprise.id().equals(id))) {
                    throw new InvalidRequest("EnterpriseIds[" + i + "] " + id + " is not the id of an enterprise.");
                }
            }
            ServiceReference service = serviceOf(tx, request);
            Enterprise first = found.stream()
                    .filter(enterprise -> enterprise.id().equals(request.enterpriseIds().get(0)))
                    .findFirst().orElseThrow();
            IntegrationState state = request.isEnabled() ? IntegrationState.Enabled : IntegrationState.Disabled;
            Integration integration = new Integration(ids.get(), request.applicationId(), request.name(),
                    tokens.newToken(), state, request.enterpriseIds(), tx.now(), tx.now());
            store.insertIntegration(tx.handle(), integration);
            emit(tx, integration, IntegrationAction.IntegrationCreated, new IntegrationWebhookData.Created(
                    new EnterpriseReference(first.id(), first.name()), service, request.requestor(),
                    integration.accessToken(), integration.createdUtc(), state == IntegrationState.Enabled,
                    reference(integration)));
            return integration;
        });
    }

    /**
     * Applies a lifecycle move and tells the application. Unknown id is 404; a move the current state does not
     * allow is 403 with the reason; losing a race with another change of the same integration is 409.
     */
    public Integration apply(UUID integrationId, IntegrationTransition transition) {
        Integration changed = transactions.write(tx -> {
            Integration current = find(tx, integrationId);
            if (!transition.allowedFrom(current.state())) {
                throw new Forbidden(transition.refusal(current.state()));
            }
            if (!store.changeState(tx.handle(), integrationId, current.state(), transition.target(), tx.now())) {
                throw new Conflict("The integration was changed by another request at the same time; try again.");
            }
            IntegrationReference reference = reference(current);
            emit(tx, current, transition.action(), transition == IntegrationTransition.DELETE
                    ? new IntegrationWebhookData.Deleted(tx.now(), reference)
                    : new IntegrationWebhookData.StateChanged(reference));
            return find(tx, integrationId);
        });
        notifyListeners(Map.of(changed.id(), changed.state()));
        return changed;
    }

    /** Creates a new API key of an Enabled or Disabled integration and tells its application. */
    public CreatedApiKey createApiKey(UUID integrationId) {
        return transactions.write(tx -> {
            Integration integration = find(tx, integrationId);
            if (!MAY_GET_API_KEYS.contains(integration.state())) {
                throw new Forbidden(integration.state() == IntegrationState.Deleted
                        ? "The integration has been deleted and can no longer be changed."
                        : "A canceled integration gets no new API keys; reinstate it first.");
            }
            String apiKey = tokens.newToken();
            store.insertApiKey(tx.handle(), ids.get(), integrationId, apiKey, tx.now());
            emit(tx, integration, IntegrationAction.IntegrationApiKeyCreated,
                    new IntegrationWebhookData.ApiKeyCreated(reference(integration), apiKey));
            return new CreatedApiKey(integrationId, apiKey);
        });
    }

    /** Tells every listener about each changed state; a failing listener is logged and does not stop the others. */
    public void notifyListeners(Map<UUID, IntegrationState> changes) {
        changes.forEach((integrationId, state) -> {
            for (IntegrationStateListener listener : listeners) {
                try {
                    listener.stateChanged(integrationId, state);
                } catch (RuntimeException e) {
                    LOG.warn("Integration state listener {} failed for integration {} now {}", listener,
                            integrationId, state, e);
                }
            }
        });
    }

    private Integration find(Tx tx, UUID integrationId) {
        return store.integration(tx.handle(), integrationId)
                .orElseThrow(() -> new NotFound("There is no integration with id " + integrationId + "."));
    }

    private ServiceReference serviceOf(Tx tx, NewIntegration request) {
        if (request.serviceId() == null) {
            return null;
        }
        IntegrationStore.ServiceOwner service = store.service(tx.handle(), request.serviceId())
                .filter(found -> request.enterpriseIds().contains(found.enterpriseId()))
                .orElseThrow(() -> new InvalidRequest("ServiceId " + request.serviceId()
                        + " is not the id of a service of the integration's enterprises."));
        return new ServiceReference(service.serviceId(), service.name());
    }

    private void emit(Tx tx, Integration integration, IntegrationAction action, IntegrationWebhookData data) {
        tx.emit(new DomainEvent.IntegrationChanged(integration.id(), integration.applicationId(), action.name(),
                json.valueToTree(data)));
    }

    private static IntegrationReference reference(Integration integration) {
        return new IntegrationReference(integration.id(), integration.name());
    }
}
