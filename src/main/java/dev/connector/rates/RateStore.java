package dev.connector.rates;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL for rate groups, rates and their nightly prices. */
public final class RateStore {

    /** A rate as stored: its API shape, its enterprise, and how a dependent rate derives from its base. */
    public record StoredRate(Rate rate, UUID enterpriseId, BigDecimal relativeAdjustment,
                             BigDecimal absoluteAdjustment) {
    }

    /** A rate group (the deprecated RateGroups of rates/getAll). */
    public record RateGroup(UUID id, UUID serviceId, boolean isActive, String name, String externalIdentifier) {
    }

    private final Documents documents;

    public RateStore(Documents documents) {
        this.documents = documents;
    }

    public void insertGroup(Handle handle, UUID enterpriseId, RateGroup group, Instant now) {
        handle.createUpdate("""
                        INSERT INTO rate_groups (id, enterprise_id, service_id, name, is_active, external_identifier,
                            ordering, created_utc, updated_utc)
                        VALUES (:id, :enterpriseId, :serviceId, :name, :active, :externalIdentifier,
                            (SELECT COUNT(*) FROM rate_groups WHERE service_id = :serviceId), :updated, :updated)""")
                .bind("externalIdentifier", group.externalIdentifier())
                .bind("id", group.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", group.serviceId().toString())
                .bind("name", group.name())
                .bind("active", group.isActive())
                .bind("updated", now.toEpochMilli())
                .execute();
    }

    public void insert(Handle handle, StoredRate stored, Instant now) {
        Rate rate = stored.rate();
        documents.bindDocument(handle.createUpdate("""
                        INSERT INTO rates (id, enterprise_id, service_id, base_rate_id, group_id, is_active,
                            relative_adjustment, absolute_adjustment, external_identifier, created_utc, updated_utc, doc,
                            doc_shape)
                        VALUES (:id, :enterpriseId, :serviceId, :baseRateId, :groupId, :active, :relative, :absolute,
                            :externalIdentifier, :created, :updated, :doc, :docShape)"""), rate)
                .bind("id", rate.id().toString())
                .bind("enterpriseId", stored.enterpriseId().toString())
                .bind("serviceId", rate.serviceId().toString())
                .bind("baseRateId", rate.baseRateId() == null ? null : rate.baseRateId().toString())
                .bind("groupId", rate.groupId().toString())
                .bind("active", rate.isActive())
                .bind("relative", stored.relativeAdjustment())
                .bind("absolute", stored.absoluteAdjustment())
                .bind("externalIdentifier", rate.externalIdentifier())
                .bind("created", now.toEpochMilli())
                .bind("updated", rate.updatedUtc().toEpochMilli())
                .execute();
    }

    public Optional<StoredRate> find(Handle handle, UUID rateId) {
        return handle.createQuery("""
                        SELECT doc, enterprise_id, relative_adjustment, absolute_adjustment FROM rates WHERE id = :id""")
                .bind("id", rateId.toString())
                .map((rs, ctx) -> new StoredRate(
                        documents.read(rs.getString("doc"), Rate.class),
                        UUID.fromString(rs.getString("enterprise_id")),
                        rs.getBigDecimal("relative_adjustment"),
                        rs.getBigDecimal("absolute_adjustment")))
                .findOne();
    }

    /** One page of rates as stored documents (rates/getAll); {@link #rates} reads them as records. */
    public Page<RawValue> rateDocuments(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetchDocuments(handle, documents, "rates r", "r", filter, limitation, Rate.class);
    }

    public Page<Rate> rates(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "r.doc", "rates r", "r", filter, limitation,
                documents.rowMapper(Rate.class), Rate::id);
    }

    /** The rate groups matching the filter (columns of rate_groups), in creation order. */
    public List<RateGroup> groups(Handle handle, Filter filter) {
        return filter.bind(handle.createQuery(
                        "SELECT id, service_id, is_active, name FROM rate_groups WHERE " + filter.conditions() + " ORDER BY seq"))
                .map((rs, ctx) -> new RateGroup(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("service_id")), rs.getBoolean("is_active"), rs.getString("name"), null))
                .list();
    }

    /** How a base rate's price changes with the number of persons, per person under or over capacity. */
    public record Occupancy(BigDecimal negativeAdjustment, BigDecimal extraAdjustment) {
        public static final Occupancy NONE = new Occupancy(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public Occupancy occupancy(Handle handle, UUID rateId) {
        return handle.createQuery(
                        "SELECT negative_occupancy_adjustment, extra_occupancy_adjustment FROM rates WHERE id = :id")
                .bind("id", rateId.toString())
                .map((rs, ctx) -> new Occupancy(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .findOne()
                .orElse(Occupancy.NONE);
    }

    public void setOccupancy(Handle handle, UUID rateId, Occupancy occupancy) {
        handle.createUpdate("UPDATE rates SET negative_occupancy_adjustment = :negative,"
                        + " extra_occupancy_adjustment = :extra WHERE id = :id")
                .bind("negative", occupancy.negativeAdjustment())
                .bind("extra", occupancy.extraAdjustment())
                .bind("id", rateId.toString())
                .execute();
    }

    /** Replaces a rate's document and the columns derived from it (activity, group, adjustments). */
    public void update(Handle handle, StoredRate stored) {
        Rate rate = stored.rate();
        documents.bindDocument(handle.createUpdate("""
                        UPDATE rates SET is_active = :active, group_id = :groupId, relative_adjustment = :relative,
                            absolute_adjustment = :absolute, external_identifier = :externalIdentifier,
                            updated_utc = :updated, doc = :doc, doc_shape = :docShape
                        WHERE id = :id"""), rate)
                .bind("active", rate.isActive())
                .bind("groupId", rate.groupId().toString())
                .bind("relative", stored.relativeAdjustment())
                .bind("absolute", stored.absoluteAdjustment())
                .bind("externalIdentifier", rate.externalIdentifier())
                .bind("updated", rate.updatedUtc().toEpochMilli())
                .bind("id", rate.id().toString())
                .execute();
    }

    /** The active rates whose prices derive from the base rate. */
    public List<UUID> activeDependents(Handle handle, UUID baseRateId) {
        return handle.createQuery("SELECT id FROM rates WHERE base_rate_id = :id AND is_active = :active ORDER BY seq")
                .bind("id", baseRateId.toString())
                .bind("active", true)
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /** The rate of the service with the external identifier, if any. */
    public Optional<StoredRate> findByExternalIdentifier(Handle handle, UUID serviceId, String externalIdentifier) {
        return handle.createQuery("SELECT id FROM rates WHERE service_id = :serviceId"
                        + " AND external_identifier = :external ORDER BY seq")
                .bind("serviceId", serviceId.toString())
                .bind("external", externalIdentifier)
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .findFirst()
                .flatMap(id -> find(handle, id));
    }

    public int countRates(Handle handle, UUID serviceId) {
        return handle.createQuery("SELECT COUNT(*) FROM rates WHERE service_id = :serviceId")
                .bind("serviceId", serviceId.toString())
                .mapTo(Integer.class)
                .one();
    }

    /** A rate group as rates/getAll of rate groups (rateGroups/getAll) returns it. */
    public record RateGroupDetail(UUID id, UUID serviceId, boolean isActive, Instant createdUtc, Instant updatedUtc,
                                  int ordering, Map<String, String> names, Map<String, String> shortNames,
                                  Map<String, String> descriptions, String externalIdentifier) {
    }

    /** A page of rate groups; the name is given in the enterprise's language. */
    public Page<RateGroupDetail> groupPage(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "g.id, g.service_id, g.is_active, g.name, g.created_utc, g.updated_utc,"
                        + " g.ordering, g.external_identifier, e.language_code",
                "rate_groups g JOIN enterprises e ON e.id = g.enterprise_id", "g", filter, limitation,
                (rs, ctx) -> new RateGroupDetail(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("service_id")), rs.getBoolean("is_active"),
                        Instant.ofEpochMilli(rs.getLong("created_utc")), Instant.ofEpochMilli(rs.getLong("updated_utc")),
                        rs.getInt("ordering"), Map.of(rs.getString("language_code"), rs.getString("name")), null, null,
                        rs.getString("external_identifier")),
                RateGroupDetail::id);
    }

    /** Marks a rate as changed (its prices were updated), for the UpdatedUtc filter and its document. */
    public void touch(Handle handle, StoredRate stored, Instant now) {
        Rate r = stored.rate();
        Rate touched = new Rate(r.id(), r.groupId(), r.serviceId(), r.baseRateId(), r.isBaseRate(), r.businessSegmentId(),
                r.isActive(), r.isEnabled(), r.isPublic(), r.isDefault(), r.type(), r.name(), r.names(), r.shortName(),
                now, r.externalNames(), r.description(), r.externalIdentifier(), r.taxExemptionReason(),
                r.taxExemptionLegalReference());
        documents.bindDocument(handle.createUpdate(
                        "UPDATE rates SET updated_utc = :now, doc = :doc, doc_shape = :docShape WHERE id = :id"), touched)
                .bind("now", now.toEpochMilli())
                .bind("id", r.id().toString())
                .execute();
    }

    /** Stores nightly prices as the standard ones (a later update without a Value restores them). */
    public void insertPrices(Handle handle, UUID rateId, UUID categoryId, Map<LocalDate, BigDecimal> prices, Instant now) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO rate_prices (rate_id, category_id, night, amount, default_amount, updated_utc)
                VALUES (:rateId, :categoryId, :night, :amount, :amount, :updated)""");
        prices.forEach((night, amount) -> batch
                .bind("rateId", rateId.toString())
                .bind("categoryId", categoryId.toString())
                .bind("night", night.toString())
                .bind("amount", amount)
                .bind("updated", now.toEpochMilli())
                .add());
        if (!prices.isEmpty()) {
            batch.execute();
        }
    }

    /** The stored prices of the nights from {@code first} to {@code last} (both included), by night. */
    public Map<LocalDate, BigDecimal> prices(Handle handle, UUID rateId, UUID categoryId, LocalDate first, LocalDate last) {
        Map<LocalDate, BigDecimal> prices = new java.util.TreeMap<>();
        handle.createQuery("""
                        SELECT night, amount FROM rate_prices
                        WHERE rate_id = :rateId AND category_id = :categoryId AND night >= :first AND night <= :last""")
                .bind("rateId", rateId.toString())
                .bind("categoryId", categoryId.toString())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> Map.entry(LocalDate.parse(rs.getString("night")), rs.getBigDecimal("amount")))
                .forEach(entry -> prices.put(entry.getKey(), entry.getValue()));
        return prices;
    }

    /** Sets the price of each night (inserting nights that had none). */
    public void setPrices(Handle handle, UUID rateId, UUID categoryId, Map<LocalDate, BigDecimal> prices, Instant now) {
        for (Map.Entry<LocalDate, BigDecimal> entry : prices.entrySet()) {
            int updated = handle.createUpdate("""
                            UPDATE rate_prices SET amount = :amount, updated_utc = :updated
                            WHERE rate_id = :rateId AND category_id = :categoryId AND night = :night""")
                    .bind("rateId", rateId.toString())
                    .bind("categoryId", categoryId.toString())
                    .bind("night", entry.getKey().toString())
                    .bind("amount", entry.getValue())
                    .bind("updated", now.toEpochMilli())
                    .execute();
            if (updated == 0) {
                handle.createUpdate("""
                                INSERT INTO rate_prices (rate_id, category_id, night, amount, updated_utc)
                                VALUES (:rateId, :categoryId, :night, :amount, :updated)""")
                        .bind("rateId", rateId.toString())
                        .bind("categoryId", categoryId.toString())
                        .bind("night", entry.getKey().toString())
                        .bind("amount", entry.getValue())
                        .bind("updated", now.toEpochMilli())
                        .execute();
            }
        }
    }

    /** Restores the standard price of the nights from {@code first} to {@code last}; nights without one keep theirs. */
    public void restoreDefaults(Handle handle, UUID rateId, UUID categoryId, LocalDate first, LocalDate last, Instant now) {
        handle.createUpdate("""
                        UPDATE rate_prices SET amount = default_amount, updated_utc = :updated
                        WHERE rate_id = :rateId AND category_id = :categoryId AND night >= :first AND night <= :last
                          AND default_amount IS NOT NULL""")
                .bind("rateId", rateId.toString())
                .bind("categoryId", categoryId.toString())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .bind("updated", now.toEpochMilli())
                .execute();
    }
}
