package dev.connector.enterprises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for chains and enterprises. */
public final class EnterpriseStore {

    private static final String SELECT = """
            SELECT e.*, c.name AS chain_name FROM enterprises e JOIN chains c ON c.id = e.chain_id
            """;

    public void insertChain(Handle handle, UUID id, String name, Instant now) {
        handle.createUpdate("INSERT INTO chains (id, name, created_utc) VALUES (:id, :name, :now)")
                .bind("id", id.toString())
                .bind("name", name)
                .bind("now", now.toEpochMilli())
                .execute();
    }

    public boolean chainExists(Handle handle, UUID id) {
        return handle.createQuery("SELECT COUNT(*) FROM chains WHERE id = :id")
                .bind("id", id.toString()).mapTo(Integer.class).one() > 0;
    }

    public void insert(Handle handle, Enterprise enterprise) {
        handle.createUpdate("""
                        INSERT INTO enterprises (id, chain_id, name, external_identifier, currency_code, time_zone,
                            pricing_mode, country_code, tax_environment_code, language_code, address_line1,
                            address_city, address_postal_code, email, phone, website_url, created_utc, updated_utc,
                            configuration_version)
                        VALUES (:id, :chainId, :name, :externalIdentifier, :currencyCode, :timeZone, :pricing,
                            :countryCode, :taxEnvironmentCode, :languageCode, :addressLine1, :addressCity,
                            :addressPostalCode, :email, :phone, :websiteUrl, :created, :updated, :configurationVersion)""")
                .bind("id", enterprise.id().toString())
                .bind("chainId", enterprise.chainId().toString())
                .bind("name", enterprise.name())
                .bind("externalIdentifier", enterprise.externalIdentifier())
                .bind("currencyCode", enterprise.currencyCode())
                .bind("timeZone", enterprise.timeZoneIdentifier())
                .bind("pricing", enterprise.pricing().name())
                .bind("countryCode", enterprise.countryCode())
                .bind("taxEnvironmentCode", enterprise.taxEnvironmentCode())
                .bind("languageCode", enterprise.languageCode())
                .bind("addressLine1", enterprise.addressLine1())
                .bind("addressCity", enterprise.addressCity())
                .bind("addressPostalCode", enterprise.addressPostalCode())
                .bind("email", enterprise.email())
                .bind("phone", enterprise.phone())
                .bind("websiteUrl", enterprise.websiteUrl())
                .bind("created", enterprise.createdUtc().toEpochMilli())
                .bind("updated", enterprise.updatedUtc().toEpochMilli())
                .bind("configurationVersion", EnterpriseConfigurationVersion.next())
                .execute();
    }

    public Optional<Enterprise> find(Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE e.id = :id")
                .bind("id", id.toString())
                .map((rs, ctx) -> read(rs))
                .findOne();
    }

    /** Every enterprise, in creation order. */
    public List<Enterprise> all(Handle handle) {
        return handle.createQuery(SELECT + " ORDER BY e.seq").map((rs, ctx) -> read(rs)).list();
    }

    /** The given enterprises, in creation order. */
    public List<Enterprise> byIds(Handle handle, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(SELECT + " WHERE e.id IN (<ids>) ORDER BY e.seq")
                .bindList("ids", ids.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> read(rs))
                .list();
    }

    static Enterprise read(ResultSet rs) throws SQLException {
        return new Enterprise(
                UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("chain_id")),
                rs.getString("chain_name"),
                rs.getString("name"),
                rs.getString("external_identifier"),
                rs.getString("currency_code"),
                rs.getString("time_zone"),
                PricingMode.valueOf(rs.getString("pricing_mode")),
                rs.getString("country_code"),
                rs.getString("tax_environment_code"),
                rs.getString("language_code"),
                rs.getString("address_line1"),
                rs.getString("address_city"),
                rs.getString("address_postal_code"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("website_url"),
                Instant.ofEpochMilli(rs.getLong("created_utc")),
                Instant.ofEpochMilli(rs.getLong("updated_utc")));
    }
}
