package dev.connector.accesstokens;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * SQL for resource access tokens. A token also stops working when its reservation is checked out or canceled: reads
 * join the reservation and report such a token as inactive from the reservation's last change, so that check-out
 * never has to know about keys.
 */
public final class ResourceAccessTokenStore {

    /** Reservation states in which no key works any more. */
    static final Set<String> ENDED = Set.of("Processed", "Canceled");
    private static final String ENDED_SQL = "('Processed', 'Canceled')";
    private static final String TABLE = "resource_access_tokens t JOIN reservations r ON r.id = t.service_order_id";

    private final Documents documents;

    public ResourceAccessTokenStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, ResourceAccessToken token) {
        bind(handle.createUpdate("""
                        INSERT INTO resource_access_tokens (id, enterprise_id, service_order_id, is_active,
                            validity_start_utc, validity_end_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceOrderId, :isActive, :start, :end, :updated, :doc)"""),
                token)
                .bind("enterpriseId", token.enterpriseId().toString())
                .bind("serviceOrderId", token.serviceOrderId().toString())
                .execute();
    }

    public void update(Handle handle, ResourceAccessToken token) {
        bind(handle.createUpdate("""
                        UPDATE resource_access_tokens SET is_active = :isActive, validity_start_utc = :start,
                            validity_end_utc = :end, updated_utc = :updated, doc = :doc
                        WHERE id = :id"""), token)
                .execute();
    }

    private <S extends SqlStatement<S>> S bind(S statement, ResourceAccessToken token) {
        return statement.bind("id", token.id().toString())
                .bind("isActive", token.isActive())
                .bind("start", token.validityStartUtc().toEpochMilli())
                .bind("end", token.validityEndUtc().toEpochMilli())
                .bind("updated", token.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(token));
    }

    /** The tokens with these ids, as they read now (inactive once their reservation ended). */
    public List<ResourceAccessToken> byIds(Handle handle, Collection<?> ids) {
        Filter filter = Filter.where().in("t.id", ids);
        return filter.bind(handle.createQuery("SELECT t.doc, r.state AS reservation_state, r.updated_utc AS "
                        + "reservation_updated FROM " + TABLE + " WHERE " + filter.conditions() + " ORDER BY t.seq"))
                .map((rs, ctx) -> read(rs.getString("doc"), rs.getString("reservation_state"),
                        rs.getLong("reservation_updated")))
                .list();
    }

    public Page<ResourceAccessToken> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "t.doc, r.state AS reservation_state, r.updated_utc AS reservation_updated",
                TABLE, "t", filter, limitation,
                (rs, ctx) -> read(rs.getString("doc"), rs.getString("reservation_state"),
                        rs.getLong("reservation_updated")),
                ResourceAccessToken::id);
    }

    /** Adds the ActivityStates condition: active means neither deleted nor of an ended reservation. */
    static Filter activity(Filter filter, Boolean active) {
        if (active == null) {
            return filter;
        }
        return active
                ? filter.sql("t.is_active = :tokenActive AND r.state NOT IN " + ENDED_SQL, java.util.Map.of("tokenActive", true))
                : filter.sql("(t.is_active = :tokenActive OR r.state IN " + ENDED_SQL + ")",
                        java.util.Map.of("tokenActive", false));
    }

    private ResourceAccessToken read(String doc, String reservationState, long reservationUpdated) {
        ResourceAccessToken token = documents.read(doc, ResourceAccessToken.class);
        if (token.isActive() && ENDED.contains(reservationState)) {
            Instant ended = Instant.ofEpochMilli(reservationUpdated);
            return token.deactivated(ended.isAfter(token.updatedUtc()) ? ended : token.updatedUtc());
        }
        return token;
    }
}
