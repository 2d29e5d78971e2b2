package dev.connector.payments;

import dev.connector.rates.Amount;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A payment in the 2017 shape (accountingItems/getAll). */
public record PaymentItemOld(UUID id, UUID accountId, UUID billId, UUID accountingCategoryId, Amount amount,
                             Amount originalAmount, Amount amountDefault, String notes, String settlementId,
                             Instant consumedUtc, Instant closedUtc, String accountingState, String state,
                             String identifier, OrderItemOld.Data data) {

    /** The payment kinds the 2017 shape knows; other external payment types are "Other" there. */
    private static final Set<String> TYPES = Set.of("CreditCard", "Invoice", "Cash", "Unspecified", "BadDebts",
            "WireTransfer", "ExchangeRateDifference", "ExchangeRoundingDifference", "BankCharges", "Cheque");

    public static PaymentItemOld of(Payment payment) {
        String type = payment.data() != null && payment.data().external() != null
                && TYPES.contains(payment.data().external().type().name())
                ? payment.data().external().type().name() : "Other";
        return new PaymentItemOld(payment.id(), payment.accountId(), payment.billId(), payment.accountingCategoryId(),
                payment.amount(), payment.originalAmount(), payment.amount(), payment.notes(), payment.settlementId(),
                payment.consumedUtc(), payment.closedUtc(), payment.accountingState().name(), payment.state(),
                payment.identifier(), new OrderItemOld.Data(type, null));
    }
}
