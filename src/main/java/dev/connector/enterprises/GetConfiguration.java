package dev.connector.enterprises;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.Caller;
import dev.connector.api.NotFound;
import dev.connector.api.Operation;
import dev.connector.events.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
        return transactions.read(handle -> {
            Enterprise enterprise = enterprises.find(handle, enterpriseId)
                    .orElseThrow(() -> new NotFound("The enterprise " + enterpriseId + " does not exist."));
            EnterpriseSettings enterpriseSettings = settings.of(handle, enterprise);
            return new Configuration(caller.now(), EnterpriseDetail.of(enterprise, enterpriseSettings),
                    bookableService(handle, enterpriseId).orElse(null), null,
                    enterpriseSettings.identityDocumentNumberRequired());
        });
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
