package dev.connector.websockets;

import dev.connector.events.Transactions;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;

/** Reads what an integration's sockets may receive now, or why they may receive nothing any more. */
final class Audiences {

    /** Where an integration stands for the real-time channel. */
    sealed interface Standing {
        record Entitled(Audience audience) implements Standing {
        }

        record NotEnabled(IntegrationState state) implements Standing {
        }
    }

    private final Transactions transactions;
    private final IntegrationStore integrations;
    private final EventSelections selections;

    Audiences(Transactions transactions, IntegrationStore integrations, EventSelections selections) {
        this.transactions = transactions;
        this.integrations = integrations;
        this.selections = selections;
    }

    Standing of(UUID integrationId) {
        return transactions.readAhead(handle -> {
            Optional<Integration> integration = integrations.integration(handle, integrationId);
            if (integration.isEmpty()) {
                return new Standing.NotEnabled(IntegrationState.Deleted);
            }
            if (integration.get().state() != IntegrationState.Enabled) {
                return new Standing.NotEnabled(integration.get().state());
            }
            return new Standing.Entitled(new Audience(integrationId, new HashSet<>(integration.get().enterpriseIds()),
                    selections.of(handle, integrationId)));
        });
    }
}
