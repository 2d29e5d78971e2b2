package dev.connector.preauthorizations;

import dev.connector.rates.Amount;
import java.util.UUID;

/** An amount held on a guest's card, as {@code preauthorizations/getAllByCustomers} returns it. */
public record Preauthorization(UUID id, UUID customerId, UUID creditCardId, Amount amount, String state, String code,
                               boolean isActive) {
}
