package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The point-of-sale flow as a partner's webhook receiver hears it. */
class PointOfSaleWebhooksTest extends WebhookTest {

    @Test
    void an_order_and_its_payment_reach_the_receiver_and_closing_the_bill_updates_the_payment_again() {
        UUID application = DemoIds.of("application/1");
        String path = newPath();
        fixture().register(application, receiver.url(path), null, null, null);
        try {
            ObjectNode guest = ApiClient.body(ApiClient.UK).put("FirstName", "Grace")
                    .put("LastName", "Webhook " + UUID.randomUUID()).put("OverwriteExisting", false);
            String guestId = ok("customers/add", guest).path("Id").asText();
            ObjectNode order = ApiClient.body(ApiClient.UK)
                    .put("ServiceId", DemoIds.of("uk/service/restaurant").toString()).put("AccountId", guestId);
            order.putArray("ProductOrders").addObject()
                    .put("ProductId", DemoIds.of("uk/product/club-sandwich").toString());
            String orderId = ok("orders/add", order).path("OrderId").asText();
            ObjectNode items = ApiClient.limited(ApiClient.UK, 10);
            items.putArray("ServiceOrderIds").add(orderId);
            JsonNode item = ok("orderItems/getAll", items).path("OrderItems").get(0);
            BigDecimal owed = item.path("Amount").path("GrossValue").decimalValue();
            String billId = item.path("BillId").asText();
            ObjectNode pay = ApiClient.body(ApiClient.UK).put("AccountId", guestId).put("BillId", billId)
                    .put("Type", "Cash");
            pay.putObject("Amount").put("Currency", "GBP").put("GrossValue", owed);
            String paymentId = ok("payments/addExternal", pay).path("ExternalPaymentId").asText();
            ok("bills/close", ApiClient.body(ApiClient.UK).put("BillId", billId).put("Type", "Receipt"));

            await().atMost(RECEIPT_TIMEOUT).until(() -> eventsFor(path, paymentId).size() >= 2);
            assertThat(eventsFor(path, orderId)).contains("ServiceOrderUpdated");
            assertThat(eventsFor(path, paymentId)).containsOnly("PaymentUpdated");
        } finally {
            fixture().register(application, null, null, null, null);
        }
    }

    private JsonNode ok(String operation, JsonNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(operation + ": " + response.raw()).isEqualTo(200);
        return response.json();
    }

    private List<String> eventsFor(String path, String entityId) {
        List<String> found = new ArrayList<>();
        for (WebhookReceiver.Received request : receiver.received(path)) {
            request.json().get("Events").forEach(event -> {
                if (event.get("Value").get("Id").asText().equals(entityId)) {
                    found.add(event.get("Discriminator").asText());
                }
            });
        }
        return found;
    }
}
