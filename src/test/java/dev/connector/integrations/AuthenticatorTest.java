package dev.connector.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.connector.api.Unauthorized;
import dev.connector.demo.DemoCredentials;
import dev.connector.testing.BothStoresTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticatorTest extends BothStoresTest {

    private static final String CLIENT_TOKEN = DemoCredentials.APPLICATIONS.get(0).clientToken();
    private static final String ACCESS_TOKEN = DemoCredentials.APPLICATIONS.get(0).ukAccessToken();

    @AfterEach
    void enableTheDemoIntegrationAgain() {
        server.connector().database().jdbi().useHandle(handle -> handle
                .createUpdate("UPDATE integrations SET state = 'Enabled' WHERE access_token = :token")
                .bind("token", ACCESS_TOKEN)
                .execute());
    }

    private Authenticator authenticator() {
        return new Authenticator(server.connector().database().jdbi(), new IntegrationStore());
    }

    /** Changes the state in the store behind the authenticator's back, as another server process would. */
    private void storeStateElsewhere(UUID integrationId, IntegrationState state) {
        server.connector().database().jdbi().useHandle(handle -> handle
                .createUpdate("UPDATE integrations SET state = :state WHERE id = :id")
                .bind("state", state.name())
                .bind("id", integrationId.toString())
                .execute());
    }

    @Test
    void a_grant_is_used_again_until_this_process_hears_of_a_state_change() {
        Authenticator authenticator = authenticator();
        UUID integrationId = authenticator.authenticate(CLIENT_TOKEN, ACCESS_TOKEN).integrationId();
        storeStateElsewhere(integrationId, IntegrationState.Disabled);

        assertThat(authenticator.authenticate(CLIENT_TOKEN, ACCESS_TOKEN).integrationId())
                .as("remembered within the second").isEqualTo(integrationId);

        authenticator.stateChanged(integrationId, IntegrationState.Disabled);

        assertThatThrownBy(() -> authenticator.authenticate(CLIENT_TOKEN, ACCESS_TOKEN))
                .isInstanceOf(Unauthorized.class)
                .hasMessageContaining("disabled");
    }

    @Test
    void a_change_made_by_another_process_takes_effect_within_the_grant_lifetime() {
        Authenticator authenticator = authenticator();
        UUID integrationId = authenticator.authenticate(CLIENT_TOKEN, ACCESS_TOKEN).integrationId();

        storeStateElsewhere(integrationId, IntegrationState.Disabled);

        await().atMost(Authenticator.GRANT_TTL.plus(Duration.ofSeconds(5)))
                .untilAsserted(() -> assertThatThrownBy(() -> authenticator.authenticate(CLIENT_TOKEN, ACCESS_TOKEN))
                        .isInstanceOf(Unauthorized.class));
    }

    @Test
    void refusals_are_not_remembered() {
        Authenticator authenticator = authenticator();
        UUID integrationId = authenticator.authenticate(CLIENT_TOKEN, ACCESS_TOKEN).integrationId();
        storeStateElsewhere(integrationId, IntegrationState.Disabled);
        authenticator.forgetAll();
        assertThatThrownBy(() -> authenticator.authenticate(CLIENT_TOKEN, ACCESS_TOKEN)).isInstanceOf(Unauthorized.class);

        storeStateElsewhere(integrationId, IntegrationState.Enabled);

        assertThat(authenticator.authenticate(CLIENT_TOKEN, ACCESS_TOKEN).integrationId()).isEqualTo(integrationId);
    }

    @Test
    void wrong_tokens_are_refused_every_time() {
        Authenticator authenticator = authenticator();

        assertThatThrownBy(() -> authenticator.authenticate(CLIENT_TOKEN, "not-a-token")).isInstanceOf(Unauthorized.class);
        assertThatThrownBy(() -> authenticator.authenticate("not-a-token", ACCESS_TOKEN)).isInstanceOf(Unauthorized.class);
    }
}
