package dev.connector.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.app.Config;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import org.junit.jupiter.api.Test;

/** With {@code --production}, triggers are refused with 403 and change nothing. */
class TriggersInProductionTest extends BothStoresTest {

    @Override
    protected Config configure(Config defaults) {
        return defaults.withSandbox(false);
    }

    @Test
    void production_mode_refuses_to_list_or_run_triggers() {
        long reservations = reservations();

        ApiResponse list = client().admin("GET", TriggerCalls.PATH, null);
        ApiResponse run = new TriggerCalls(client()).post("reservation-booked", null);

        assertThat(list.status()).isEqualTo(403);
        assertThat(run.status()).isEqualTo(403);
        assertThat(run.json().path("Message").asText()).contains("sandbox", "--production");
        assertThat(run.json().path("RequestId").asText()).isEqualTo(run.header("Request-Id"));
        assertThat(reservations()).isEqualTo(reservations);
    }

    @Test
    void production_mode_still_asks_for_the_admin_token_first() {
        ApiResponse run = client().send("POST", TriggerCalls.PATH, "{\"Trigger\":\"customer-added\"}",
                java.util.Map.of());

        assertThat(run.status()).isEqualTo(401);
    }

    private long reservations() {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM reservations").mapTo(Long.class).one());
    }
}
