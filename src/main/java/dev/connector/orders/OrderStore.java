package dev.connector.orders;

import dev.connector.api.Limitation;
import dev.connector.store.Documents;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import dev.connector.store.PageQuery;
import dev.connector.services.Product;
import dev.connector.services.Service;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL for product service orders: filter columns plus the API shape in {@code doc}. */
public final class OrderStore {

    private final Documents documents;

    public OrderStore(Documents documents) {
        this.documents = documents;
    }

    public void insert(Handle handle, UUID enterpriseId, ProductServiceOrder order) {
        handle.createUpdate("""
                        INSERT INTO product_service_orders (id, enterprise_id, service_id, account_id,
                            linked_reservation_id, state, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :serviceId, :accountId, :linked, :state, :updated, :doc)""")
                .bind("id", order.id().toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("serviceId", order.serviceId().toString())
                .bind("accountId", order.accountId().toString())
                .bind("linked", order.linkedReservationId() == null ? null : order.linkedReservationId().toString())
                .bind("state", order.state())
                .bind("updated", order.updatedUtc().toEpochMilli())
                .bind("doc", documents.write(order))
                .execute();
    }

    public Page<ProductServiceOrder> orders(Handle handle, Filter filter, Limitation limitation) {
        return PageQuery.fetch(handle, "o.doc", "product_service_orders o", "o", filter, limitation,
                documents.rowMapper(ProductServiceOrder.class), ProductServiceOrder::id);
    }

    /** A service of the enterprise (read from the catalogue). */
    public Optional<Service> service(Handle handle, UUID enterpriseId, UUID serviceId) {
        return handle.createQuery("SELECT doc FROM services WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", serviceId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .map(documents.rowMapper(Service.class))
                .findOne();
    }

    /** An active product of the service (read from the catalogue). */
    public Optional<Product> product(Handle handle, UUID serviceId, UUID productId) {
        return handle.createQuery("""
                        SELECT doc FROM products WHERE id = :id AND service_id = :serviceId AND is_active = :active""")
                .bind("id", productId.toString())
                .bind("serviceId", serviceId.toString())
                .bind("active", true)
                .map(documents.rowMapper(Product.class))
                .findOne();
    }

    /** The account a reservation of the enterprise belongs to, empty when there is no such reservation. */
    public Optional<UUID> reservationAccount(Handle handle, UUID enterpriseId, UUID reservationId) {
        return handle.createQuery("SELECT account_id FROM reservations WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", reservationId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .mapTo(String.class)
                .findOne()
                .map(UUID::fromString);
    }
}
