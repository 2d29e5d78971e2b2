package dev.connector.faults;

import dev.connector.events.Transactions;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationStore;
import dev.connector.websockets.SocketFaults;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WebSocket rules: the next time events are handed to a socket a {@code Disconnect} rule applies to, the socket is
 * closed with 1012 (Service Restart) instead; the client reconnects with its last Cursor and gets those events by
 * resuming. Each closed socket spends one use of the rule. Thread-safe.
 */
final class SocketRestarts implements SocketFaults {

    private final FaultRules rules;
    private final Transactions transactions;
    private final IntegrationStore integrations;
    /** The application of each integration seen; an integration never changes application. */
    private final Map<UUID, Optional<UUID>> applications = new ConcurrentHashMap<>();

    SocketRestarts(FaultRules rules, Transactions transactions, IntegrationStore integrations) {
        this.rules = rules;
        this.transactions = transactions;
        this.integrations = integrations;
    }

    @Override
    public String restartBeforeSending(UUID integrationId, Set<UUID> enterpriseIds) {
        if (!rules.any(FaultTarget.WebSocket)) {
            return null;
        }
        return rules.fire(FaultTarget.WebSocket, rule -> applies(rule, integrationId, enterpriseIds), true)
                .map(rule -> "Closed by " + rule.named() + ". Reconnect with your last Cursor.")
                .orElse(null);
    }

    private boolean applies(FaultRule rule, UUID integrationId, Set<UUID> enterpriseIds) {
        return (rule.enterpriseId() == null || enterpriseIds.contains(rule.enterpriseId()))
                && (rule.applicationId() == null
                || applicationOf(integrationId).filter(rule.applicationId()::equals).isPresent());
    }

    private Optional<UUID> applicationOf(UUID integrationId) {
        return applications.computeIfAbsent(integrationId, id -> transactions.readAhead(handle ->
                integrations.integration(handle, id).map(Integration::applicationId)));
    }
}
