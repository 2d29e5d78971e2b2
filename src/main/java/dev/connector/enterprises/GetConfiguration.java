package dev.connector.enterprises;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.Caller;
import dev.connector.api.NotFound;
import dev.connector.api.Operation;
import dev.connector.events.Transactions;
import dev.connector.store.Documents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * {@code configuration/get}: the configuration of the token's enterprise, or of {@code EnterpriseId} for a
 * portfolio token (which must name one of its enterprises).
 */
public final class GetConfiguration implements Operation<GetConfiguration.Request> {

    /** Only portfolio tokens need to say which enterprise they mean. */
    public record Request(UUID enterpriseId) {
    }

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final EnterpriseSettingsStore settings;
    private final ObjectMapper json;
    private final Map<UUID, Remembered> remembered = new ConcurrentHashMap<>();

    public GetConfiguration(Transactions transactions, EnterpriseStore enterprises, EnterpriseSettingsStore settings,
                            ObjectMapper json) {
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public Configuration handle(Request request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        Remembered configuration = transactions.read(handle -> {
            long version = EnterpriseConfigurationVersion.read(handle, enterpriseId)
                    .orElseThrow(() -> new NotFound("The enterprise " + enterpriseId + " does not exist."));
            Remembered known = remembered.get(enterpriseId);
            if (known != null && known.version() == version) {
                return known;
            }
            // Read after the version: a change committed in between makes the content newer than its version,
            // which only costs one more load on the next request, never a stale answer.
            Remembered loaded = load(handle, enterpriseId, version);
            remembered.put(enterpriseId, loaded);
            return loaded;
        });
        return new Configuration(caller.now(), configuration.enterprise(), configuration.service(), null,
                configuration.identityDocumentNumberRequired());
    }

    private Remembered load(Handle handle, UUID enterpriseId, long version) {
        Enterprise enterprise = enterprises.find(handle, enterpriseId)
                .orElseThrow(() -> new NotFound("The enterprise " + enterpriseId + " does not exist."));
        EnterpriseSettings enterpriseSettings = settings.of(handle, enterprise);
        RawValue service = bookableService(handle, enterpriseId).map(this::raw).orElse(null);
        return new Remembered(version, raw(EnterpriseDetail.of(enterprise, enterpriseSettings)), service,
                enterpriseSettings.identityDocumentNumberRequired());
    }

    /**
     * The configuration of an enterprise as last read, written out once, with the version it was read at (see
     * {@link EnterpriseConfigurationVersion}); each answer checks the version, so every node sees a change at once.
     */
    private record Remembered(long version, RawValue enterprise, RawValue service,
                              boolean identityDocumentNumberRequired) {
    }

    private RawValue raw(Object value) {
        try {
            return Documents.rawJson(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the configuration part " + value, e);
        }
    }

    /** The enterprise's first active bookable (stay) service, as the catalogue stored it. */
    private Optional<JsonNode> bookableService(Handle handle, UUID enterpriseId) {
        List<ServiceRow> services = handle.createQuery("""
                        SELECT type, doc FROM services WHERE enterprise_id = :enterpriseId AND is_active = :active
                        ORDER BY seq""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("active", true)
                .map((rs, ctx) -> new ServiceRow(rs.getString("type"), rs.getString("doc")))
                .list();
        for (ServiceRow service : services) {
            JsonNode doc = read(service.doc());
            boolean bookable = "Bookable".equalsIgnoreCase(service.type()) || "Reservable".equalsIgnoreCase(service.type())
                    || "Bookable".equals(doc.path("Data").path("Discriminator").asText());
            if (bookable) {
                return Optional.of(doc);
            }
        }
        return Optional.empty();
    }

    private record ServiceRow(String type, String doc) {
    }

    private JsonNode read(String doc) {
        try {
            return json.readTree(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable service document: " + e.getOriginalMessage(), e);
        }
    }
}
