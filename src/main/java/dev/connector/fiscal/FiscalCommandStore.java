package dev.connector.fiscal;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for fiscal machine commands. */
final class FiscalCommandStore {

    private final Documents documents;

    FiscalCommandStore(Documents documents) {
        this.documents = documents;
    }

    void insert(Handle handle, UUID enterpriseId, UUID integrationId, FiscalMachineCommand command) {
        handle.createUpdate("""
                        INSERT INTO fiscal_machine_commands (id, enterprise_id, integration_id, device_id, state,
                            updated_utc, doc)
                        VALUES (:id, :enterpriseId, :integrationId, :deviceId, :state, :updatedUtc, :doc)""")
                .bind("id", command.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("integrationId", integrationId.toString())
                .bind("deviceId", command.device().id().toString())
                .bind("state", command.state().name())
                .bind("updatedUtc", command.createdUtc().toEpochMilli())
                .bind("doc", documents.write(command))
                .execute();
    }

    Page<FiscalMachineCommand> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "doc", "fiscal_machine_commands", "fiscal_machine_commands", filter, limitation,
                documents.rowMapper(FiscalMachineCommand.class), FiscalMachineCommand::id);
    }
}
