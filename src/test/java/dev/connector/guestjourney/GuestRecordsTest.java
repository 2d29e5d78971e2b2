package dev.connector.guestjourney;

import static dev.connector.guestjourney.Guests.body;
import static dev.connector.guestjourney.Guests.demo;
import static dev.connector.guestjourney.Guests.ids;
import static dev.connector.guestjourney.Guests.limited;
import static dev.connector.guestjourney.Guests.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.services.CatalogueIds;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Identity documents, files, room keys, rules and payment requests, with the demo data behind them. */
class GuestRecordsTest extends BothStoresTest {

    @Test
    void identity_documents_are_added_updated_deleted_and_cleared_with_one_customer_updated_each() {
        UUID guest = Guests.newGuest(client(), "Documents");
        ObjectNode add = body();
        add.putArray("IdentityDocuments").addObject().put("CustomerId", guest.toString()).put("Type", "IdentityCard")
                .put("Number", "ID-1").put("IssuanceDate", "2021-03-01").put("ExpirationDate", "2031-02-28");
        add.withArray("IdentityDocuments").addObject().put("CustomerId", guest.toString()).put("Type", "Visa")
                .put("Number", "V-9");
        long before = OutboxRow.lastPosition(server);
        JsonNode added = ok(client(), "identityDocuments/add", add).path("IdentityDocuments");
        List<OutboxRow> addEvents = OutboxRow.after(server, before);
        String cardId = added.get(0).path("Id").asText();

        ObjectNode update = body();
        update.putArray("IdentityDocuments").addObject().put("Id", cardId).putObject("Number").put("Value", "ID-2");
        JsonNode updated = ok(client(), "identityDocuments/update", update).path("IdentityDocuments").get(0);
        ObjectNode backwards = body();
        backwards.putArray("IdentityDocuments").addObject().put("Id", cardId).putObject("ExpirationDate")
                .put("Value", "2020-01-01");
        ApiResponse refused = client().operation("identityDocuments/update", backwards);
        ObjectNode delete = body();
        delete.putArray("IdentityDocumentIds").add(cardId);
        ok(client(), "identityDocuments/delete", delete);
        ObjectNode list = limited(10);
        ids(list, "CustomerIds", guest);
        JsonNode remaining = ok(client(), "identityDocuments/getAll", list).path("IdentityDocuments");
        ObjectNode clear = body();
        ids(clear, "CustomerIds", guest);
        ok(client(), "identityDocuments/clear", clear);

        assertThat(addEvents).extracting(OutboxRow::type).containsOnly("CustomerUpdated");
        assertThat(addEvents).extracting(OutboxRow::entityId).containsOnly(guest.toString());
        assertThat(updated.path("Number").asText()).isEqualTo("ID-2");
        assertThat(updated.path("ExpirationDate").asText()).isEqualTo("2031-02-28");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("Message").asText()).contains("ExpirationDate");
        assertThat(remaining).extracting(node -> node.path("Type").asText()).containsExactly("Visa");
        assertThat(ok(client(), "identityDocuments/getAll", list).path("IdentityDocuments")).isEmpty();
    }

    @Test
    void an_identity_document_needs_a_number_and_a_known_customer() {
        ObjectNode noNumber = body();
        noNumber.putArray("IdentityDocuments").addObject().put("CustomerId", demo("customer/3").toString())
                .put("Type", "Passport");
        ObjectNode stranger = body();
        stranger.putArray("IdentityDocuments").addObject().put("CustomerId", UUID.randomUUID().toString())
                .put("Type", "Passport").put("Number", "X");

        assertThat(client().operation("identityDocuments/add", noNumber).json().path("Message").asText())
                .contains("Number");
        assertThat(client().operation("identityDocuments/add", stranger).status()).isEqualTo(400);
    }

    @Test
    void a_portfolio_token_names_the_chain_of_the_documents() {
        ObjectNode withoutChain = dev.connector.testing.ApiClient.body(dev.connector.testing.ApiClient.PORTFOLIO);
        withoutChain.putArray("IdentityDocuments").addObject().put("CustomerId", demo("customer/7").toString())
                .put("Type", "DriversLicense").put("Number", "DL-7");
        ObjectNode withChain = withoutChain.deepCopy().put("ChainId", dev.connector.demo.DemoIds.of("uk/chain")
                .toString());

        ApiResponse refused = client().operation("identityDocuments/add", withoutChain);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("Message").asText()).contains("ChainId");
        assertThat(ok(client(), "identityDocuments/add", withChain).path("IdentityDocuments")).hasSize(1);
    }

    @Test
    void demo_guests_have_passports() {
        ObjectNode list = limited(10);
        ids(list, "CustomerIds", demo("customer/1"), demo("customer/4"));
        list.putArray("Types").add("Passport");

        assertThat(ok(client(), "identityDocuments/getAll", list).path("IdentityDocuments")).hasSize(2);
    }

    @Test
    void an_uploaded_file_is_stored_and_read_back_and_other_types_or_sizes_are_refused() {
        UUID guest = Guests.newGuest(client(), "Files");
        byte[] scan = "%PDF-1.4 registration card".getBytes();
        ObjectNode upload = body().put("CustomerId", guest.toString()).put("Name", "registration.pdf")
                .put("Type", "application/pdf").put("Data", Base64.getEncoder().encodeToString(scan));
        String fileId = ok(client(), "customers/addFile", upload).path("FileId").asText();
        ObjectNode account = body().put("AccountId", demo("company/1").toString()).put("Name", "contract.png")
                .put("Type", "image/png").put("Data", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
        ok(client(), "accounts/addFile", account);

        ApiResponse read = client().send("GET", "/admin/v1/files/" + fileId, null, Map.of("Authorization",
                "Bearer " + dev.connector.testing.RunningConnector.ADMIN_TOKEN));
        ApiResponse wrongType = client().operation("customers/addFile", upload.deepCopy().put("Type", "text/html"));
        ApiResponse tooLarge = client().operation("customers/addFile", upload.deepCopy()
                .put("Data", Base64.getEncoder().encodeToString(new byte[3 * 1024 * 1024 + 1])));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.raw()).isEqualTo(new String(scan));
        assertThat(read.header("Content-Type")).startsWith("application/pdf");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("Message").asText()).contains("image/png");
        assertThat(tooLarge.status()).isEqualTo(400);
    }

    @Test
    void a_room_key_is_valid_only_inside_the_stay_and_deleting_it_deactivates_it() {
        UUID guest = Guests.newGuest(client(), "Key");
        Guests.Stay stay = Guests.newStay(client(), guest, Guests.today().plusDays(20), 3);
        ObjectNode tooLong = body();
        tooLong.putArray("ResourceAccessTokenParameters").addObject().put("ServiceOrderId", stay.id().toString())
                .put("Type", "RfidTag").put("ValidityEndUtc", Instant.now().plus(400, ChronoUnit.DAYS).toString());
        ObjectNode key = body();
        key.putArray("ResourceAccessTokenParameters").addObject().put("ServiceOrderId", stay.id().toString())
                .put("Type", "RfidTag").put("SerialNumber", "A1B2");
        JsonNode issued = ok(client(), "resourceAccessTokens/add", key).path("ResourceAccessTokens").get(0);
        String id = issued.path("Id").asText();
        ObjectNode update = body();
        update.putArray("ResourceAccessTokenUpdates").addObject().put("ResourceAccessTokenId", id)
                .putObject("Permissions").putObject("Building").put("Value", true);
        JsonNode updated = ok(client(), "resourceAccessTokens/update", update).path("ResourceAccessTokens").get(0);
        ObjectNode delete = body();
        delete.putArray("Ids").add(id);
        ok(client(), "resourceAccessTokens/delete", delete);
        ObjectNode read = limited(10);
        ids(read, "ServiceOrderIds", stay.id());

        assertThat(client().operation("resourceAccessTokens/add", tooLong).status()).isEqualTo(403);
        assertThat(issued.path("ValidityStartUtc").asText()).isNotBlank();
        assertThat(updated.path("Permissions").path("Building").asBoolean()).isTrue();
        assertThat(updated.path("Permissions").path("Room").asBoolean()).isTrue();
        JsonNode after = ok(client(), "resourceAccessTokens/getAll", read).path("ResourceAccessTokens").get(0);
        assertThat(after.path("IsActive").asBoolean()).isFalse();
        assertThat(client().operation("resourceAccessTokens/update", update).status()).isEqualTo(403);
    }

    @Test
    void in_house_demo_guests_have_room_keys_and_companions() {
        ObjectNode keys = limited(100);
        keys.putObject("CollidingUtc").put("StartUtc", Instant.now().toString())
                .put("EndUtc", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        JsonNode active = ok(client(), "resourceAccessTokens/getAll", keys).path("ResourceAccessTokens");
        assertThat(active).isNotEmpty();
        String reservationId = active.get(0).path("ServiceOrderId").asText();
        ObjectNode companions = limited(10);
        companions.putArray("ReservationIds").add(reservationId);
        companions.putObject("Extent").put("ReservationGroups", true);

        JsonNode listed = ok(client(), "companionships/getAll", companions);

        assertThat(listed.path("Companionships")).isNotEmpty();
        assertThat(listed.path("ReservationGroups")).hasSize(1);
    }

    @Test
    void rules_of_the_stay_service_come_with_the_rates_and_categories_they_name() {
        ObjectNode request = limited(10);
        ids(request, "ServiceIds", CatalogueIds.of(Guests.UK, "service/stay"));
        request.putObject("Extent").put("RuleActions", true).put("Rates", true).put("ResourceCategories", true)
                .put("RateGroups", true).put("BusinessSegments", true);

        JsonNode rules = ok(client(), "rules/getAll", request);

        assertThat(rules.path("Rules")).hasSize(2);
        assertThat(rules.path("RuleActions")).hasSize(2);
        assertThat(rules.path("Rates")).extracting(node -> node.path("Id").asText())
                .containsExactly(CatalogueIds.of(Guests.UK, "rate/non-refundable").toString());
        assertThat(rules.path("ResourceCategories")).hasSize(1);
    }

    @Test
    void a_payment_request_is_pending_until_canceled_and_cannot_be_canceled_twice() {
        UUID guest = Guests.newGuest(client(), "Request");
        ObjectNode add = body();
        add.putArray("PaymentRequests").addObject().put("AccountId", guest.toString()).put("Type", "Payment")
                .put("Reason", "Deposit").put("Description", "Deposit for your stay")
                .put("ExpirationUtc", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .putObject("Amount").put("Currency", "GBP").put("Value", 80);
        ObjectNode past = add.deepCopy();
        ((ObjectNode) past.withArray("PaymentRequests").get(0)).put("ExpirationUtc", "2020-01-01T00:00:00Z");
        String id = ok(client(), "paymentRequests/add", add).path("PaymentRequests").get(0).path("Id").asText();
        ObjectNode cancel = body();
        cancel.putArray("PaymentRequestIds").add(id);

        JsonNode canceled = ok(client(), "paymentRequests/cancel", cancel).path("PaymentRequests").get(0);
        ApiResponse again = client().operation("paymentRequests/cancel", cancel);
        ObjectNode demoRequests = limited(10);
        ids(demoRequests, "PaymentRequestIds", demo("payment-request/1"), demo("payment-request/2"));

        assertThat(client().operation("paymentRequests/add", past).status()).isEqualTo(400);
        assertThat(canceled.path("State").asText()).isEqualTo("Canceled");
        assertThat(again.status()).isEqualTo(403);
        assertThat(ok(client(), "paymentRequests/getAll", demoRequests).path("PaymentRequests"))
                .extracting(node -> node.path("State").asText()).containsExactly("Pending", "Completed");
    }

    @Test
    void completing_a_payment_request_as_the_guest_records_the_payment_and_only_once() {
        UUID guest = Guests.newGuest(client(), "Completed");
        ObjectNode add = body();
        add.putArray("PaymentRequests").addObject().put("AccountId", guest.toString()).put("Type", "Payment")
                .put("Reason", "Prepayment").put("Description", "Prepayment")
                .put("ExpirationUtc", Instant.now().plus(1, ChronoUnit.DAYS).toString())
                .putObject("Amount").put("Currency", "GBP").put("Value", 42.5);
        String id = ok(client(), "paymentRequests/add", add).path("PaymentRequests").get(0).path("Id").asText();
        Map<String, String> admin = Map.of("Authorization", "Bearer " + dev.connector.testing.RunningConnector.ADMIN_TOKEN);

        ApiResponse completed = client().send("POST", "/admin/v1/payment-requests/" + id + "/complete", null, admin);
        ApiResponse again = client().send("POST", "/admin/v1/payment-requests/" + id + "/complete", null, admin);

        assertThat(completed.status()).as(completed.raw()).isEqualTo(200);
        assertThat(completed.json().path("State").asText()).isEqualTo("Completed");
        assertThat(again.status()).isEqualTo(403);
        ObjectNode payments = limited(10);
        ids(payments, "AccountIds", guest);
        JsonNode payment = ok(client(), "payments/getAll", payments).path("Payments").get(0);
        assertThat(payment.path("Amount").path("GrossValue").decimalValue()).isEqualByComparingTo("-42.5");
    }

    @Test
    void a_payment_plan_answers_the_url_of_its_payment_request() {
        UUID guest = Guests.newGuest(client(), "Plan");
        Guests.Stay stay = Guests.newStay(client(), guest, Guests.today().plusDays(50), 4);
        ObjectNode plan = body().put("ReservationId", stay.id().toString()).put("Name", "Monthly");
        plan.putObject("PaymentRequest").put("Message", "Pay in parts").putArray("PaymentMethods").add("PaymentCard");

        String url = ok(client(), "paymentPlans/add", plan).path("PaymentRequestUrl").asText();

        ObjectNode requests = limited(10);
        ids(requests, "ReservationIds", stay.id());
        JsonNode request = ok(client(), "paymentRequests/getAll", requests).path("PaymentRequests").get(0);
        assertThat(url).endsWith(request.path("Id").asText());
        assertThat(request.path("Reason").asText()).isEqualTo("RecurringPayment");
    }
}
