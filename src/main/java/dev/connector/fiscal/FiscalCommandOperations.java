package dev.connector.fiscal;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.devices.CommandState;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/**
 * {@code fiscalMachineCommands/getAll} (restricted): the fiscal machine commands of devices linked to the caller's
 * integration, by command id or by device and state. Read-only.
 */
public final class FiscalCommandOperations {

    /** Either CommandIds, or DeviceIds with States (and optionally UpdatedUtc). */
    public record GetAll(List<UUID> commandIds, List<UUID> deviceIds, List<CommandState> states,
                         TimeInterval updatedUtc, List<UUID> enterpriseIds, Limitation limitation) {
        public GetAll {
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            if (commandIds == null) {
                if (deviceIds == null || states == null) {
                    throw new InvalidRequest("Either CommandIds, or DeviceIds together with States, is required.");
                }
                Require.notEmpty(deviceIds, "DeviceIds");
                Require.atMost(deviceIds, 100, "DeviceIds");
                Require.notEmpty(states, "States");
            } else {
                RequestChecks.requiredList(commandIds, "CommandIds");
            }
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record Result(List<FiscalMachineCommand> commands, UUID cursor) {
    }

    private final Transactions transactions;
    private final FiscalCommandStore store;

    FiscalCommandOperations(Transactions transactions, FiscalCommandStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .eq("integration_id", caller.integrationId())
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("id", request.commandIds())
                .in("device_id", request.deviceIds())
                .in("state", request.states())
                .within("updated_utc", request.updatedUtc());
        Limitation limitation = request.limitation() == null
                ? new Limitation(Limitation.MAX_COUNT, null) : request.limitation();
        Page<FiscalMachineCommand> page = transactions.read(handle -> store.page(handle, filter, limitation));
        return new Result(page.items(), page.cursor());
    }
}
