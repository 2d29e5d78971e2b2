package dev.connector.cashiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Cash put into or taken out of a cashier, as {@code cashierTransactions/getAll} returns it. */
public record CashierTransaction(UUID id, UUID enterpriseId, UUID cashierId, UUID paymentId, Instant createdUtc,
                                 String number, String notes, Value amount) {

    /** The 2017 currency value shape the spec keeps for this amount. */
    public record Value(String currency, BigDecimal value) {
    }
}
