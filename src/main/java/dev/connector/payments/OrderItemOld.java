package dev.connector.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.connector.rates.Amount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An order item in the 2017 shape (accountingItems/getAll, the OrderItems extent of reservations/getAll). Its
 * schema declares the times as dates, so they are written as the UTC date.
 */
public record OrderItemOld(UUID id, UUID accountId, UUID orderId, UUID billId, UUID accountingCategoryId,
                           int unitCount, Amount unitAmount, Amount amount, Amount originalAmount, String revenueType,
                           UUID creatorProfileId, UUID updaterProfileId, LocalDate createdUtc, LocalDate updatedUtc,
                           LocalDate consumedUtc, LocalDate canceledUtc, LocalDate closedUtc, LocalDate startUtc,
                           String accountingState, Data data) {

    /** The 2017 item data coproduct; the item kind is all there is to say here, so Value is left out. */
    public record Data(String discriminator, @JsonInclude(JsonInclude.Include.NON_NULL) Object value) {
    }

    public static OrderItemOld of(OrderItem item) {
        return new OrderItemOld(item.id(), item.accountId(), item.serviceOrderId(), item.billId(),
                item.accountingCategoryId(), item.unitCount(), item.unitAmount(), item.amount(), item.originalAmount(),
                item.revenueType(), item.creatorProfileId(), item.updaterProfileId(), date(item.createdUtc()),
                date(item.updatedUtc()), date(item.consumedUtc()), date(item.canceledUtc()), date(item.closedUtc()),
                date(item.startUtc()), item.accountingState().name(), new Data(item.type(), null));
    }

    static LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
