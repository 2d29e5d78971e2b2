package dev.connector.fiscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import org.junit.jupiter.api.Test;

class FiscalMachineCommandsTest extends BothStoresTest {

    /** The fourth demo application, whose integration the demo fiscal machines are linked to. */
    private static final ApiClient.Tokens FISCAL_UK = new ApiClient.Tokens(
            DemoCredentials.APPLICATIONS.get(3).clientToken(), DemoCredentials.APPLICATIONS.get(3).ukAccessToken());
    private static final String MACHINE = DemoIds.of("uk/device/fiscal-machine").toString();

    @Test
    void commands_of_the_fiscal_machine_are_read_by_device_and_state_or_by_id() {
        ObjectNode byState = ApiClient.body(FISCAL_UK);
        byState.putArray("DeviceIds").add(MACHINE);
        byState.putArray("States").add("Pending").add("Processed");

        ApiResponse response = client().operation("fiscalMachineCommands/getAll", byState);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("fiscalMachineCommands/getAll", response.json());
        JsonNode commands = response.json().get("Commands");
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).get("Device").get("Type").asText()).isEqualTo("FiscalMachine");
        assertThat(commands.get(0).get("Bill").get("EnterpriseId").asText())
                .isEqualTo(DemoIds.of("uk/enterprise").toString());

        ObjectNode byId = ApiClient.body(FISCAL_UK);
        byId.putArray("CommandIds").add(commands.get(1).get("Id").asText());
        JsonNode one = client().operation("fiscalMachineCommands/getAll", byId).json().get("Commands");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("State").asText()).isEqualTo("Pending");

        ObjectNode pendingOnly = ApiClient.body(FISCAL_UK);
        pendingOnly.putArray("DeviceIds").add(MACHINE);
        pendingOnly.putArray("States").add("Pending");
        assertThat(client().operation("fiscalMachineCommands/getAll", pendingOnly).json().get("Commands")).hasSize(1);

        JsonNode devices = client().operation("devices/getAll", ApiClient.body(FISCAL_UK)).json().get("Devices");
        assertThat(devices.findValuesAsText("Id")).contains(MACHINE);
    }

    @Test
    void other_integrations_do_not_see_the_commands_and_a_filter_is_required() {
        ObjectNode other = ApiClient.body(ApiClient.UK);
        other.putArray("DeviceIds").add(MACHINE);
        other.putArray("States").add("Pending").add("Processed");
        ObjectNode noFilter = ApiClient.body(FISCAL_UK);

        assertThat(client().operation("fiscalMachineCommands/getAll", other).json().get("Commands")).isEmpty();
        ApiResponse refused = client().operation("fiscalMachineCommands/getAll", noFilter);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("Message").asText()).contains("CommandIds");
    }
}
