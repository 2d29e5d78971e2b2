package dev.connector.payments;

import dev.connector.rates.Amount;
import java.time.Instant;
import java.util.UUID;

/** An order item in the 2017 shape (accountingItems/getAll, the OrderItems extent of reservations/getAll). */
public record OrderItemOld(UUID id, UUID accountId, UUID orderId, UUID billId, UUID accountingCategoryId,
                           int unitCount, Amount unitAmount, Amount amount, Amount originalAmount, String revenueType,
                           UUID creatorProfileId, UUID updaterProfileId, Instant createdUtc, Instant updatedUtc,
                           Instant consumedUtc, Instant canceledUtc, Instant closedUtc, Instant startUtc,
                           String accountingState, Data data) {

    /** The 2017 item data coproduct; the item kind is all there is to say here. */
    public record Data(String discriminator, Object value) {
    }

    public static OrderItemOld of(OrderItem item) {
        return new OrderItemOld(item.id(), item.accountId(), item.serviceOrderId(), item.billId(),
                item.accountingCategoryId(), item.unitCount(), item.unitAmount(), item.amount(), item.originalAmount(),
                item.revenueType(), item.creatorProfileId(), item.updaterProfileId(), item.createdUtc(),
                item.updatedUtc(), item.consumedUtc(), item.canceledUtc(), item.closedUtc(), item.startUtc(),
                item.accountingState().name(), new Data(item.type(), null));
    }
}
