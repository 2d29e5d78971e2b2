package dev.connector.guestjourney;

import static dev.connector.guestjourney.Guests.body;
import static dev.connector.guestjourney.Guests.demo;
import static dev.connector.guestjourney.Guests.ids;
import static dev.connector.guestjourney.Guests.limited;
import static dev.connector.guestjourney.Guests.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Card payments, gateway cards, alternative payments and refunds, on both stores. */
class CardPaymentsTest extends BothStoresTest {

    @Test
    void a_partial_refund_then_one_for_more_than_remains_is_refused_and_writes_nothing() {
        UUID guest = Guests.newGuest(client(), "Refund");
        String paymentId = cardPayment(guest, "100.00");

        long before = OutboxRow.lastPosition(server);
        JsonNode refund = ok(client(), "payments/refund", body().put("PaymentId", paymentId)
                .put("AccountId", guest.toString()).put("Reason", "Room not cleaned").put("ValueToRefund", 60));
        List<OutboxRow> refundEvents = OutboxRow.after(server, before);
        long afterFirst = OutboxRow.lastPosition(server);
        ApiResponse tooMuch = client().operation("payments/refund", body().put("PaymentId", paymentId)
                .put("AccountId", guest.toString()).put("Reason", "Again").put("ValueToRefund", 50));

        assertThat(refund.path("Type").asText()).isEqualTo("CreditCardPayment");
        assertThat(refund.path("State").asText()).isEqualTo("Charged");
        assertThat(refund.path("Amount").path("Value").decimalValue()).isEqualByComparingTo("60");
        String refundId = refund.path("RefundId").asText();
        assertThat(refundEvents).extracting(OutboxRow::type).containsOnly("PaymentUpdated");
        assertThat(refundEvents).extracting(OutboxRow::entityId).containsOnly(refundId, paymentId).contains(refundId,
                paymentId);
        assertThat(tooMuch.status()).isEqualTo(403);
        assertThat(tooMuch.json().path("Message").asText()).contains("40.00 GBP");
        assertThat(OutboxRow.after(server, afterFirst)).isEmpty();
        JsonNode payments = payments(guest);
        assertThat(payments).hasSize(2);
        JsonNode refundPayment = payments.get(1);
        assertThat(refundPayment.path("Kind").asText()).isEqualTo("Refund");
        assertThat(refundPayment.path("Amount").path("GrossValue").decimalValue()).isEqualByComparingTo("60");

        ok(client(), "payments/refund", body().put("PaymentId", paymentId).put("AccountId", guest.toString())
                .put("Reason", "The rest"));
        ApiResponse nothingLeft = client().operation("payments/refund", body().put("PaymentId", paymentId)
                .put("AccountId", guest.toString()).put("Reason", "Once more"));
        assertThat(nothingLeft.status()).isEqualTo(403);
        assertThat(payments(guest)).hasSize(3);
    }

    @Test
    void only_card_and_alternative_payments_can_be_refunded() {
        UUID guest = Guests.newGuest(client(), "External");
        ObjectNode external = body().put("AccountId", guest.toString());
        external.putObject("Amount").put("Currency", "GBP").put("GrossValue", 20);
        String paymentId = ok(client(), "payments/addExternal", external).path("ExternalPaymentId").asText();

        ApiResponse refused = client().operation("payments/refund", body().put("PaymentId", paymentId)
                .put("AccountId", guest.toString()).put("Reason", "Mistake"));
        ApiResponse noReason = client().operation("payments/refund", body().put("PaymentId", paymentId)
                .put("AccountId", guest.toString()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("Message").asText()).contains("Only card and alternative payments");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("Message").asText()).contains("Reason");
    }

    @Test
    void a_full_card_number_is_refused() {
        ObjectNode payment = body().put("CustomerId", Guests.newGuest(client(), "Card").toString());
        payment.putObject("Amount").put("Currency", "GBP").put("GrossValue", 10);
        payment.putObject("CreditCard").put("Type", "Visa").put("Number", "4111111111111111").put("Name", "A B");

        ApiResponse refused = client().operation("payments/addCreditCard", payment);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("Message").asText()).contains("CreditCard.Number");
    }

    @Test
    void a_tokenized_card_is_listed_charged_on_the_open_bill_and_once_disabled_refuses_charges() {
        UUID guest = Guests.newGuest(client(), "Gateway");
        ObjectNode tokenized = body().put("CustomerId", guest.toString());
        tokenized.putObject("CreditCardData").put("StorageData", "tok_4242").put("Expiration", "2031-10")
                .put("MaskedStorageData", "424242******4242");
        String cardId = ok(client(), "creditCards/addTokenized", tokenized).path("CreditCardId").asText();
        ObjectNode byCustomer = limited(10);
        ids(byCustomer, "CustomerIds", guest);
        JsonNode card = ok(client(), "creditCards/getAll", byCustomer).path("CreditCards").get(0);

        ObjectNode charge = body().put("CreditCardId", cardId);
        charge.putObject("Amount").put("Currency", "GBP").put("GrossValue", 35.5);
        String paymentId = ok(client(), "creditCards/charge", charge).path("PaymentId").asText();
        ok(client(), "creditCards/disable", body().put("CreditCardId", cardId));
        ApiResponse disabledCharge = client().operation("creditCards/charge", charge);

        assertThat(card.path("Kind").asText()).isEqualTo("Gateway");
        assertThat(card.path("Expiration").asText()).isEqualTo("10/2031");
        assertThat(card.path("ObfuscatedNumber").asText()).isEqualTo("424242******4242");
        JsonNode payment = payments(guest).get(0);
        assertThat(payment.path("Id").asText()).isEqualTo(paymentId);
        assertThat(payment.path("Amount").path("GrossValue").decimalValue()).isEqualByComparingTo("-35.5");
        assertThat(disabledCharge.status()).isEqualTo(403);
        JsonNode byIds = ok(client(), "creditCards/getAllByIds", withIds("CreditCardIds", cardId));
        assertThat(byIds.path("CreditCards").get(0).path("State").asText()).isEqualTo("Disabled");
        JsonNode byCustomers = ok(client(), "creditCards/getAllByCustomers", withIds("CustomerIds", guest.toString()));
        assertThat(byCustomers.path("CreditCards")).hasSize(1);
    }

    @Test
    void a_terminal_card_cannot_be_charged_through_the_gateway() {
        UUID guest = Guests.newGuest(client(), "Terminal");
        ObjectNode payment = body().put("CustomerId", guest.toString());
        payment.putObject("Amount").put("Currency", "GBP").put("GrossValue", 10);
        payment.putObject("CreditCard").put("Type", "MasterCard").put("Number", "5555").put("Name", "T T");
        String cardId = ok(client(), "payments/addCreditCard", payment).path("CreditCardId").asText();
        ObjectNode charge = body().put("CreditCardId", cardId);
        charge.putObject("Amount").put("Currency", "GBP").put("GrossValue", 5);

        ApiResponse refused = client().operation("creditCards/charge", charge);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(payments(guest)).hasSize(1);
    }

    @Test
    void alternative_payments_need_the_data_of_their_method_and_start_pending() {
        UUID guest = Guests.newGuest(client(), "Ideal");
        ObjectNode ideal = alternative(guest, "Ideal", 25);
        ideal.with("Data").putObject("Ideal").put("RedirectUrl", "https://shop.example.com/back");
        ObjectNode sepaWithoutData = alternative(guest, "SepaDirectDebit", 25);
        ObjectNode badIban = alternative(guest, "SepaDirectDebit", 25);
        badIban.with("Data").putObject("SepaDirectDebit").put("Iban", "NL00INGB0001234567").put("Name", "A")
                .put("Email", "a@example.com").put("UserAgent", "kiosk").put("RemoteIpAddress", "10.0.0.1");

        ObjectNode sepa = alternative(guest, "SepaDirectDebit", 30);
        sepa.with("Data").putObject("SepaDirectDebit").put("Iban", "GB82 WEST 1234 5698 7654 32").put("Name", "A")
                .put("Email", "a@example.com").put("UserAgent", "kiosk").put("RemoteIpAddress", "10.0.0.1");

        JsonNode added = ok(client(), "payments/addAlternative", ideal);
        JsonNode debit = ok(client(), "payments/addAlternative", sepa);
        ApiResponse missing = client().operation("payments/addAlternative", sepaWithoutData);
        ApiResponse wrongIban = client().operation("payments/addAlternative", badIban);

        assertThat(added.path("NextAction").path("Discriminator").asText()).isEqualTo("RedirectToUrl");
        assertThat(added.path("NextAction").path("Value").asText()).startsWith("https://shop.example.com/back?");
        assertThat(debit.path("NextAction").isNull()).isTrue();
        JsonNode payment = payments(guest).get(0);
        assertThat(payments(guest)).hasSize(2);
        assertThat(payment.path("Type").asText()).isEqualTo("AlternativePayment");
        assertThat(payment.path("State").asText()).isEqualTo("Pending");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("Message").asText()).contains("Data.SepaDirectDebit");
        assertThat(wrongIban.status()).isEqualTo(400);
        assertThat(wrongIban.json().path("Message").asText()).contains("Iban");
    }

    @Test
    void the_deprecated_method_still_starts_an_ideal_payment_and_an_unknown_one_lists_the_allowed_ones() {
        UUID guest = Guests.newGuest(client(), "Legacy");
        ObjectNode legacy = body().put("CustomerId", guest.toString()).put("Method", "Ideal")
                .put("RedirectUrl", "https://shop.example.com/legacy");
        legacy.putObject("Amount").put("Currency", "GBP").put("GrossValue", 20);
        ObjectNode unknown = legacy.deepCopy().put("Method", "Bitcoin");

        JsonNode added = ok(client(), "payments/addAlternative", legacy);
        ApiResponse refused = client().operation("payments/addAlternative", unknown);

        assertThat(added.path("NextAction").path("Value").asText()).startsWith("https://shop.example.com/legacy?");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("Message").asText()).contains("Method").contains("Ideal")
                .contains("GooglePay");
        assertThat(payments(guest)).hasSize(1);
    }

    @Test
    void the_deprecated_item_lists_show_open_items_and_payments() {
        UUID guest = Guests.newGuest(client(), "Items");
        Guests.Stay stay = Guests.newStay(client(), guest, Guests.today().plusDays(40), 2);
        cardPayment(guest, "50.00");

        JsonNode open = ok(client(), "customers/getOpenItems", withIds("CustomerIds", guest.toString()));
        JsonNode items = ok(client(), "reservations/getAllItems", withIds("ReservationIds", stay.id().toString()));
        ObjectNode otherCurrency = withIds("CustomerIds", guest.toString()).put("Currency", "USD");
        ApiResponse converted = client().operation("customers/getOpenItems", otherCurrency);

        JsonNode customer = open.path("Customers").get(0);
        assertThat(customer.path("OrderItems")).hasSize(2);
        assertThat(customer.path("PaymentItems")).hasSize(1);
        assertThat(items.path("Reservations").get(0).path("OrderItems")).hasSize(2);
        assertThat(converted.status()).isEqualTo(403);
        JsonNode preauthorizations = ok(client(), "preauthorizations/getAllByCustomers",
                withIds("CustomerIds", demo("customer/1").toString()));
        assertThat(preauthorizations.path("Preauthorizations").get(0).path("State").asText()).isEqualTo("Chargeable");
    }

    private String cardPayment(UUID guest, String value) {
        ObjectNode payment = body().put("CustomerId", guest.toString());
        payment.putObject("Amount").put("Currency", "GBP").put("GrossValue", new java.math.BigDecimal(value));
        payment.putObject("CreditCard").put("Type", "Visa").put("Number", "411111******1111").put("Name", "R G");
        ok(client(), "payments/addCreditCard", payment);
        return payments(guest).get(0).path("Id").asText();
    }

    private JsonNode payments(UUID accountId) {
        ObjectNode request = limited(100);
        ids(request, "AccountIds", accountId);
        return ok(client(), "payments/getAll", request).path("Payments");
    }

    private static ObjectNode alternative(UUID guest, String method, double value) {
        ObjectNode request = body().put("CustomerId", guest.toString());
        request.putObject("Amount").put("Currency", "GBP").put("GrossValue", value).putArray("TaxCodes");
        request.putObject("Data").put("Discriminator", method);
        return request;
    }

    private static ObjectNode withIds(String field, String... ids) {
        ObjectNode request = body();
        var array = request.putArray(field);
        for (String id : ids) {
            array.add(id);
        }
        return request;
    }
}
