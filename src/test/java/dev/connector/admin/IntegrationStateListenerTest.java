package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationLifecycle;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStateListener;
import dev.connector.integrations.IntegrationStore;
import dev.connector.integrations.IntegrationTransition;
import dev.connector.integrations.NewIntegration;
import dev.connector.integrations.Tokens;
import dev.connector.store.Database;
import dev.connector.testing.BothStoresTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationStateListenerTest extends BothStoresTest {

    private final List<IntegrationStateListener> listeners = new CopyOnWriteArrayList<>();

    @BeforeEach
    void noListeners() {
        listeners.clear();
    }

    private IntegrationLifecycle lifecycle() {
        Database database = server.connector().database();
        Transactions transactions = new Transactions(database, new Outbox(ApiJson.create(), database.dialect()),
                Clock.systemUTC());
        return new IntegrationLifecycle(transactions, new IntegrationStore(), new EnterpriseStore(), new Tokens(),
                ApiJson.create(), listeners, UUID::randomUUID);
    }

    private IntegrationState storedState(UUID id) {
        return server.connector().database().jdbi().withHandle(handle ->
                new IntegrationStore().integration(handle, id).orElseThrow().state());
    }

    @Test
    void listeners_hear_each_state_change_after_it_is_committed() {
        IntegrationLifecycle lifecycle = lifecycle();
        Integration integration = lifecycle.create(new NewIntegration(DemoIds.of("application/1"), "Sockets",
                List.of(DemoData.UK_ENTERPRISE_ID), null, null, null));
        List<String> heard = new ArrayList<>();
        // Registered after the lifecycle was built, as features wired later in the composition root do.
        listeners.add((id, state) -> heard.add(state + " stored as " + storedState(id)));

        lifecycle.apply(integration.id(), IntegrationTransition.DISABLE);
        lifecycle.apply(integration.id(), IntegrationTransition.ENABLE);
        lifecycle.apply(integration.id(), IntegrationTransition.DELETE);

        assertThat(heard).containsExactly("Disabled stored as Disabled", "Enabled stored as Enabled",
                "Deleted stored as Deleted");
    }

    @Test
    void a_failing_listener_neither_undoes_the_change_nor_silences_the_others() {
        IntegrationLifecycle lifecycle = lifecycle();
        Integration integration = lifecycle.create(new NewIntegration(DemoIds.of("application/1"), "Robust",
                List.of(DemoData.UK_ENTERPRISE_ID), null, null, null));
        List<IntegrationState> heard = new ArrayList<>();
        listeners.add((id, state) -> {
            throw new IllegalStateException("listener broke");
        });
        listeners.add((id, state) -> heard.add(state));

        Integration canceled = lifecycle.apply(integration.id(), IntegrationTransition.CANCEL);

        assertThat(canceled.state()).isEqualTo(IntegrationState.Canceled);
        assertThat(storedState(integration.id())).isEqualTo(IntegrationState.Canceled);
        assertThat(heard).containsExactly(IntegrationState.Canceled);
    }
}
