package dev.connector.devices;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for devices and their commands. A command's owner is the integration its device is linked to. */
public final class DeviceStore {

    /** A device with what the API does not show: where it is, whose it is and its local set-up. */
    public record StoredDevice(Device device, UUID enterpriseId, UUID integrationId, DeviceSettings settings) {
    }

    /** A command with the enterprise it belongs to and the integration that owns its device. */
    public record StoredCommand(DeviceCommand command, UUID enterpriseId, UUID integrationId) {
    }

    private static final String COMMAND_COLUMNS = """
            c.id, c.state, c.created_utc, c.creator, c.data, c.enterprise_id,
            d.id AS device_id, d.type AS device_type, d.name AS device_name, d.identifier AS device_identifier,
            d.integration_id""";
    private static final String COMMANDS = "device_commands c JOIN devices d ON d.id = c.device_id";

    private final Documents documents;

    public DeviceStore(Documents documents) {
        this.documents = documents;
    }

    public void insertDevice(Handle handle, StoredDevice stored, Instant now) {
        Device device = stored.device();
        handle.createUpdate("""
                        INSERT INTO devices (id, enterprise_id, integration_id, type, name, identifier, settings,
                            created_utc, updated_utc)
                        VALUES (:id, :enterpriseId, :integrationId, :type, :name, :identifier, :settings, :now, :now)""")
                .bind("id", device.id().toString())
                .bind("enterpriseId", stored.enterpriseId().toString())
                .bind("integrationId", stored.integrationId().toString())
                .bind("type", device.type().name())
                .bind("name", device.name())
                .bind("identifier", device.identifier())
                .bind("settings", documents.write(stored.settings()))
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /** Every device of the given enterprises, in creation order. */
    public List<Device> devices(Handle handle, List<UUID> enterpriseIds) {
        Filter filter = Filter.where().in("enterprise_id", enterpriseIds);
        return filter.bind(handle.createQuery("SELECT * FROM devices WHERE " + filter.conditions() + " ORDER BY seq"))
                .map((rs, ctx) -> readDevice(rs, "id", "type", "name", "identifier"))
                .list();
    }

    public Optional<StoredDevice> device(Handle handle, UUID enterpriseId, UUID deviceId) {
        return handle.createQuery("SELECT * FROM devices WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", deviceId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .map((rs, ctx) -> new StoredDevice(
                        readDevice(rs, "id", "type", "name", "identifier"),
                        UUID.fromString(rs.getString("enterprise_id")),
                        UUID.fromString(rs.getString("integration_id")),
                        documents.read(rs.getString("settings"), DeviceSettings.class)))
                .findOne();
    }

    public void insertCommand(Handle handle, UUID id, UUID enterpriseId, UUID deviceId, CommandState state,
                              DeviceCommand.Creator creator, CommandData data, Instant now) {
        handle.createUpdate("""
                        INSERT INTO device_commands (id, enterprise_id, device_id, state, creator, data, created_utc,
                            updated_utc)
                        VALUES (:id, :enterpriseId, :deviceId, :state, :creator, :data, :now, :now)""")
                .bind("id", id.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("deviceId", deviceId.toString())
                .bind("state", state.name())
                .bind("creator", creator == null ? null : documents.write(creator))
                .bind("data", documents.write(data))
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /** The commands of the integration's devices that match {@code filter} ({@code c.} and {@code d.} columns). */
    public List<DeviceCommand> commands(Handle handle, UUID integrationId, Filter filter) {
        filter.eq("d.integration_id", integrationId);
        return filter.bind(handle.createQuery(
                        "SELECT " + COMMAND_COLUMNS + " FROM " + COMMANDS + " WHERE " + filter.conditions() + " ORDER BY c.seq"))
                .map((rs, ctx) -> readCommand(rs).command())
                .list();
    }

    /** One page of the integration's commands that match {@code filter}. */
    public Page<DeviceCommand> commands(Handle handle, UUID integrationId, Filter filter, Limitation limitation) {
        filter.eq("d.integration_id", integrationId);
        return PageQuery.fetch(handle, COMMAND_COLUMNS, COMMANDS, "c", filter, limitation,
                (rs, ctx) -> readCommand(rs).command(), DeviceCommand::id);
    }

    public Optional<StoredCommand> command(Handle handle, UUID commandId) {
        return handle.createQuery("SELECT " + COMMAND_COLUMNS + " FROM " + COMMANDS + " WHERE c.id = :id")
                .bind("id", commandId.toString())
                .map((rs, ctx) -> readCommand(rs))
                .findOne();
    }

    /**
     * Moves a command from {@code expected} to {@code next}, with the progress or notes that come with it.
     * Returns false when the command was no longer in {@code expected} (a concurrent update won).
     */
    public boolean updateState(Handle handle, UUID commandId, CommandState expected, CommandState next,
                               Double progress, String notes, Instant now) {
        return handle.createUpdate("""
                        UPDATE device_commands
                        SET state = :next, progress = COALESCE(:progress, progress), notes = COALESCE(:notes, notes),
                            updated_utc = :now
                        WHERE id = :id AND state = :expected""")
                .bind("id", commandId.toString())
                .bind("expected", expected.name())
                .bind("next", next.name())
                .bind("progress", progress)
                .bind("notes", notes)
                .bind("now", now.toEpochMilli())
                .execute() == 1;
    }

    private StoredCommand readCommand(ResultSet rs) throws SQLException {
        String creator = rs.getString("creator");
        DeviceCommand command = new DeviceCommand(
                UUID.fromString(rs.getString("id")),
                CommandState.valueOf(rs.getString("state")),
                Instant.ofEpochMilli(rs.getLong("created_utc")),
                creator == null ? null : documents.read(creator, DeviceCommand.Creator.class),
                readDevice(rs, "device_id", "device_type", "device_name", "device_identifier"),
                documents.read(rs.getString("data"), JsonNode.class));
        return new StoredCommand(command, UUID.fromString(rs.getString("enterprise_id")),
                UUID.fromString(rs.getString("integration_id")));
    }

    private static Device readDevice(ResultSet rs, String id, String type, String name, String identifier)
            throws SQLException {
        return new Device(UUID.fromString(rs.getString(id)), DeviceType.valueOf(rs.getString(type)),
                rs.getString(name), rs.getString(identifier));
    }

    /** Any value as JSON text in the API's conventions (for the free-form custom data of commands). */
    String toJson(Object value) {
        return documents.write(value);
    }
}
