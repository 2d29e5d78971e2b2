package dev.connector.paymentrequests;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.rates.Amount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Two payment requests per demo hotel: a pending deposit request to {@code customer/4} expiring in a week, and a
 * prepayment {@code customer/2} completed yesterday. Ids are {@code hotel.id("payment-request/1")} and {@code /2}.
 */
final class PaymentRequestsDemoSeed implements DemoSeed {

    private final PaymentRequestStore store;

    PaymentRequestsDemoSeed(PaymentRequestStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        String currency = hotel.enterprise().currencyCode();
        Instant now = tx.now();
        store.insert(tx.handle(), new PaymentRequest(hotel.id("payment-request/1"), hotel.enterpriseId(),
                hotel.id("customer/4"), hotel.id("customer/4"), null, null, PaymentRequest.State.Pending,
                amount(currency, "200.00"), PaymentRequest.Type.Payment, PaymentRequest.Reason.Deposit,
                now.plus(Duration.ofDays(7)), "Deposit for your upcoming stay", null, now.minus(Duration.ofHours(3)),
                now.minus(Duration.ofHours(3))));
        store.insert(tx.handle(), new PaymentRequest(hotel.id("payment-request/2"), hotel.enterpriseId(),
                hotel.id("customer/2"), hotel.id("customer/2"), null, null, PaymentRequest.State.Completed,
                amount(currency, "349.50"), PaymentRequest.Type.Payment, PaymentRequest.Reason.Prepayment,
                now.plus(Duration.ofDays(2)), "Prepayment of your stay", "Paid online",
                now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1))));
    }

    private static Amount amount(String currency, String text) {
        BigDecimal value = new BigDecimal(text);
        return new Amount(currency, value, value, List.of(),
                new Amount.Breakdown(List.of(new Amount.BreakdownItem(null, value, BigDecimal.ZERO.setScale(2)))));
    }
}
