package dev.connector.paymentrequests;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/** SQL for payment requests: state and expiry as columns (so expiry is one indexed query), the shape in doc. */
public final class PaymentRequestStore {

    private final Documents documents;

    public PaymentRequestStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, PaymentRequest request) {
        bind(handle.createUpdate("""
                        INSERT INTO payment_requests (id, enterprise_id, account_id, reservation_id, state,
                            expiration_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :accountId, :reservationId, :state, :expiration, :updated, :doc)"""),
                request)
                .bind("enterpriseId", request.enterpriseId().toString())
                .bind("accountId", request.accountId().toString())
                .bind("reservationId", request.reservationId() == null ? null : request.reservationId().toString())
                .bind("expiration", request.expirationUtc().toEpochMilli())
                .execute();
    }

    /** Rewrites the request only if it is still in {@code expected} state; false when it moved meanwhile. */
    public boolean update(Handle handle, PaymentRequest request, PaymentRequest.State expected) {
        return bind(handle.createUpdate("""
                        UPDATE payment_requests SET state = :state, updated_utc = :updated, doc = :doc
                        WHERE id = :id AND state = :expected"""), request)
                .bind("expected", expected.name())
                .execute() == 1;
    }

    private <S extends SqlStatement<S>> S bind(S statement, PaymentRequest request) {
        return statement.bind("id", request.id().toString())
                .bind("state", request.state().name())
                .bind("updated", request.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(request));
    }

    public List<PaymentRequest> byIds(Handle handle, Collection<?> enterpriseIds, Collection<?> ids) {
        Filter filter = Filter.where().in("enterprise_id", enterpriseIds).in("id", ids);
        return filter.bind(handle.createQuery("SELECT doc FROM payment_requests" + filter.clause() + " ORDER BY seq"))
                .map(documents.rowMapper(PaymentRequest.class))
                .list();
    }

    /** Pending requests of the enterprise whose expiry has passed at {@code now}, oldest expiry first. */
    public List<PaymentRequest> due(Handle handle, UUID enterpriseId, Instant now, int limit) {
        return handle.createQuery("""
                        SELECT doc FROM payment_requests
                        WHERE state = 'Pending' AND enterprise_id = :enterpriseId AND expiration_utc <= :now
                        ORDER BY expiration_utc LIMIT :limit""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map(documents.rowMapper(PaymentRequest.class))
                .list();
    }

    /** The enterprises with a pending request whose expiry is at or before {@code until}. */
    public List<UUID> enterprisesDue(Handle handle, Instant until) {
        return handle.createQuery("""
                        SELECT DISTINCT enterprise_id FROM payment_requests
                        WHERE state = 'Pending' AND expiration_utc <= :until""")
                .bind("until", until.toEpochMilli())
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /** The earliest expiry of the enterprise's pending requests after {@code after} and at or before {@code until}. */
    public Optional<Instant> nextExpiry(Handle handle, UUID enterpriseId, Instant after, Instant until) {
        Long next = handle.createQuery("""
                        SELECT MIN(expiration_utc) FROM payment_requests
                        WHERE state = 'Pending' AND enterprise_id = :enterpriseId
                          AND expiration_utc > :after AND expiration_utc <= :until""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("after", after.toEpochMilli())
                .bind("until", until.toEpochMilli())
                .mapTo(Long.class)
                .one();
        return Optional.ofNullable(next).map(Instant::ofEpochMilli);
    }

    public Page<PaymentRequest> page(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "r.doc", "payment_requests r", "r", filter, limitation,
                documents.rowMapper(PaymentRequest.class), PaymentRequest::id);
    }
}
