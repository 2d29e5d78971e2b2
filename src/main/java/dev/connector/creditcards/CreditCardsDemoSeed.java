package dev.connector.creditcards;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.payments.CardStore;
import dev.connector.payments.CreditCard;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Tokenized (gateway) cards for a few demo customers ({@code customer/1}, {@code 2}, {@code 3}, {@code 5} and
 * {@code 8}), the last one disabled. Ids are {@code hotel.id("credit-card/<customer>")}.
 */
final class CreditCardsDemoSeed implements DemoSeed {

    private static final List<Integer> OWNERS = List.of(1, 2, 3, 5, 8);
    private static final List<String> NUMBERS = List.of("411111******1111", "555555******4444", "378282*****0005",
            "601111******1117", "400000******0002");
    private static final List<String> TYPES = List.of("Visa", "MasterCard", "Amex", "Discover", "Visa");

    private final CardStore cards;

    CreditCardsDemoSeed(CardStore cards) {
        this.cards = cards;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        YearMonth now = YearMonth.from(tx.now().atZone(ZoneOffset.UTC));
        for (int i = 0; i < OWNERS.size(); i++) {
            int owner = OWNERS.get(i);
            Instant created = tx.now().minus(Duration.ofDays(20L + i * 5L));
            YearMonth expiration = now.plusMonths(6L + i * 7L);
            CreditCard card = new CreditCard(hotel.id("credit-card/" + owner), hotel.enterpriseId(),
                    hotel.id("customer/" + owner), true, CreditCard.ENABLED, CreditCard.GATEWAY, "Virtual",
                    TYPES.get(i), NUMBERS.get(i),
                    String.format("%02d/%d", expiration.getMonthValue(), expiration.getYear()), created, created);
            boolean last = i == OWNERS.size() - 1;
            cards.insert(tx.handle(), last ? card.disabled(created.plus(Duration.ofDays(2))) : card);
        }
    }
}
