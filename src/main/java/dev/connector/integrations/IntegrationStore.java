package dev.connector.integrations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for applications, integrations and the enterprises each integration reaches. */
public final class IntegrationStore {

    public void insertApplication(Handle handle, Application application) {
        handle.createUpdate("""
                        INSERT INTO applications (id, name, client_token, client_token_hash, created_utc)
                        VALUES (:id, :name, :token, :hash, :created)""")
                .bind("id", application.id().toString())
                .bind("name", application.name())
                .bind("token", application.clientToken())
                .bind("hash", Tokens.hash(application.clientToken()))
                .bind("created", application.createdUtc().toEpochMilli())
                .execute();
    }

    public void insertIntegration(Handle handle, Integration integration) {
        handle.createUpdate("""
                        INSERT INTO integrations (id, application_id, name, access_token, access_token_hash, state,
                                                  created_utc, updated_utc)
                        VALUES (:id, :applicationId, :name, :token, :hash, :state, :created, :updated)""")
                .bind("id", integration.id().toString())
                .bind("applicationId", integration.applicationId().toString())
                .bind("name", integration.name())
                .bind("token", integration.accessToken())
                .bind("hash", Tokens.hash(integration.accessToken()))
                .bind("state", integration.state().name())
                .bind("created", integration.createdUtc().toEpochMilli())
                .bind("updated", integration.updatedUtc().toEpochMilli())
                .execute();
        for (UUID enterpriseId : integration.enterpriseIds()) {
            handle.createUpdate("INSERT INTO integration_enterprises (integration_id, enterprise_id) VALUES (:i, :e)")
                    .bind("i", integration.id().toString())
                    .bind("e", enterpriseId.toString())
                    .execute();
        }
    }

    /**
     * Moves an integration to {@code state} only if it is still in {@code expected}, so that two concurrent
     * changes cannot both succeed. Returns false when the integration was no longer in {@code expected}.
     */
    public boolean changeState(Handle handle, UUID integrationId, IntegrationState expected, IntegrationState state,
                               Instant now) {
        return handle.createUpdate("""
                        UPDATE integrations SET state = :state, updated_utc = :now
                        WHERE id = :id AND state = :expected""")
                .bind("state", state.name())
                .bind("now", now.toEpochMilli())
                .bind("id", integrationId.toString())
                .bind("expected", expected.name())
                .execute() == 1;
    }

    /** Stores a new API key of an integration by its hash only; the key itself is shown once, to its creator. */
    public void insertApiKey(Handle handle, UUID id, UUID integrationId, String apiKey, Instant now) {
        handle.createUpdate("""
                        INSERT INTO integration_api_keys (id, integration_id, api_key_hash, created_utc)
                        VALUES (:id, :integrationId, :hash, :created)""")
                .bind("id", id.toString())
                .bind("integrationId", integrationId.toString())
                .bind("hash", Tokens.hash(apiKey))
                .bind("created", now.toEpochMilli())
                .execute();
    }

    /** A service an integration may be connected to, with the enterprise it belongs to. */
    public record ServiceOwner(UUID serviceId, String name, UUID enterpriseId) {
    }

    public Optional<ServiceOwner> service(Handle handle, UUID serviceId) {
        return handle.createQuery("SELECT id, name, enterprise_id FROM services WHERE id = :id")
                .bind("id", serviceId.toString())
                .map((rs, ctx) -> new ServiceOwner(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        UUID.fromString(rs.getString("enterprise_id"))))
                .findOne();
    }

    /** The state of every integration, deleted ones included. */
    public Map<UUID, IntegrationState> states(Handle handle) {
        Map<UUID, IntegrationState> states = new LinkedHashMap<>();
        handle.createQuery("SELECT id, state FROM integrations ORDER BY seq")
                .map((rs, ctx) -> Map.entry(UUID.fromString(rs.getString("id")),
                        IntegrationState.valueOf(rs.getString("state"))))
                .forEach(entry -> states.put(entry.getKey(), entry.getValue()));
        return states;
    }

    public void updateState(Handle handle, UUID integrationId, IntegrationState state, Instant now) {
        handle.createUpdate("UPDATE integrations SET state = :state, updated_utc = :now WHERE id = :id")
                .bind("state", state.name())
                .bind("now", now.toEpochMilli())
                .bind("id", integrationId.toString())
                .execute();
    }

    public List<Application> applications(Handle handle) {
        return handle.createQuery("SELECT id, name, client_token, created_utc FROM applications ORDER BY seq")
                .map((rs, ctx) -> new Application(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        rs.getString("client_token"), Instant.ofEpochMilli(rs.getLong("created_utc"))))
                .list();
    }

    public Optional<Application> application(Handle handle, UUID id) {
        return handle.createQuery("SELECT id, name, client_token, created_utc FROM applications WHERE id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> new Application(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        rs.getString("client_token"), Instant.ofEpochMilli(rs.getLong("created_utc"))))
                .findOne();
    }

    public Optional<Application> applicationByClientToken(Handle handle, String clientToken) {
        return handle.createQuery("SELECT id, name, client_token, created_utc FROM applications WHERE client_token_hash = :hash")
                .bind("hash", Tokens.hash(clientToken))
                .map((rs, ctx) -> new Application(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        rs.getString("client_token"), Instant.ofEpochMilli(rs.getLong("created_utc"))))
                .findOne()
                .filter(app -> Tokens.same(app.clientToken(), clientToken));
    }

    public Optional<Integration> integrationByAccessToken(Handle handle, String accessToken) {
        return selectIntegrations(handle, "WHERE access_token_hash = :value", Tokens.hash(accessToken)).stream()
                .findFirst()
                .filter(integration -> Tokens.same(integration.accessToken(), accessToken));
    }

    public Optional<Integration> integration(Handle handle, UUID id) {
        return selectIntegrations(handle, "WHERE id = :value", id.toString()).stream().findFirst();
    }

    /** Every integration that is not deleted, oldest first. */
    public List<Integration> integrations(Handle handle) {
        return selectIntegrations(handle, "WHERE state <> 'Deleted'", null);
    }

    private List<Integration> selectIntegrations(Handle handle, String where, String value) {
        var query = handle.createQuery("""
                SELECT id, application_id, name, access_token, state, created_utc, updated_utc FROM integrations
                """ + where + " ORDER BY seq");
        if (value != null) {
            query.bind("value", value);
        }
        List<Integration> rows = query.map((rs, ctx) -> new Integration(
                        UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("application_id")),
                        rs.getString("name"),
                        rs.getString("access_token"),
                        IntegrationState.valueOf(rs.getString("state")),
                        List.of(),
                        Instant.ofEpochMilli(rs.getLong("created_utc")),
                        Instant.ofEpochMilli(rs.getLong("updated_utc"))))
                .list();
        List<Integration> withEnterprises = new ArrayList<>(rows.size());
        for (Integration row : rows) {
            withEnterprises.add(new Integration(row.id(), row.applicationId(), row.name(), row.accessToken(),
                    row.state(), enterprisesOf(handle, row.id()), row.createdUtc(), row.updatedUtc()));
        }
        return withEnterprises;
    }

    public List<UUID> enterprisesOf(Handle handle, UUID integrationId) {
        return handle.createQuery("""
                        SELECT ie.enterprise_id FROM integration_enterprises ie
                        JOIN enterprises e ON e.id = ie.enterprise_id
                        WHERE ie.integration_id = :id ORDER BY e.seq""")
                .bind("id", integrationId.toString())
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /** The distinct chains of the given enterprises, in order of first appearance. */
    public List<UUID> chainsOf(Handle handle, List<UUID> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        List<UUID> chains = new ArrayList<>();
        for (UUID enterpriseId : enterpriseIds) {
            handle.createQuery("SELECT chain_id FROM enterprises WHERE id = :id")
                    .bind("id", enterpriseId.toString())
                    .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                    .findOne()
                    .filter(chain -> !chains.contains(chain))
                    .ifPresent(chains::add);
        }
        return chains;
    }
}
