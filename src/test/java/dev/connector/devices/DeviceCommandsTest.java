package dev.connector.devices;

import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.demo.DemoCredentials;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.store.Database;
import dev.connector.store.Documents;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceCommandsTest extends BothStoresTest {

    /** The second demo application's UK token: same hotel, an integration the devices are not linked to. */
    private static final ApiClient.Tokens OTHER_INTEGRATION_UK = new ApiClient.Tokens(
            DemoCredentials.APPLICATIONS.get(1).clientToken(), DemoCredentials.APPLICATIONS.get(1).ukAccessToken());
    private static final String UK_INTEGRATION = DemoIds.of("application/1/integration/uk").toString();

    private static final String UK_PRINTER = DemoIds.of("uk/device/printer").toString();
    private static final String UK_KEY_CUTTER = DemoIds.of("uk/device/key-cutter").toString();
    private static final String UK_TERMINAL = DemoIds.of("uk/device/payment-terminal").toString();
    /** Seeded by the fiscal feature, linked to another demo application's integration. */
    private static final String UK_FISCAL_MACHINE = DemoIds.of("uk/device/fiscal-machine").toString();
    private static final String US_PRINTER = DemoIds.of("us/device/printer").toString();
    private static final String PDF = "JVBERi0xLjQKJSVFT0YK";
    private static final ObjectMapper API_JSON = ApiJson.create();

    /** An outbox row as tests look at it. */
    private record Event(String type, String enterpriseId, String integrationId, String state) {
    }

    @Test
    void the_devices_of_the_hotel_are_listed_as_the_spec_describes() {
        ApiResponse response = client().operation("devices/getAll", ApiClient.body(ApiClient.UK));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("devices/getAll", response.json());
        assertThat(ids(response.json().get("Devices"))).containsExactly(UK_PRINTER, UK_KEY_CUTTER, UK_TERMINAL,
                UK_FISCAL_MACHINE);
        assertThat(response.json().get("Devices").get(0).get("Type").asText()).isEqualTo("Printer");
    }

    @Test
    void a_portfolio_token_lists_the_devices_of_both_hotels() {
        ApiResponse response = client().operation("devices/getAll", ApiClient.body(ApiClient.PORTFOLIO));

        assertThat(ids(response.json().get("Devices"))).hasSize(8).contains(UK_PRINTER, US_PRINTER);
    }

    @Test
    void active_commands_are_the_pending_and_received_ones_of_the_integrations_devices() {
        ApiResponse response = client().operation("commands/getAllActive", ApiClient.body(ApiClient.US));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("commands/getAllActive", response.json());
        JsonNode commands = response.json().get("Commands");
        // The seeded commands come first; other tests may have added more since.
        assertThat(ids(commands).subList(0, 3)).containsExactly(id("us/command/2"), id("us/command/3"), id("us/command/4"));
        assertThat(states(commands).subList(0, 3)).containsExactly("Pending", "Pending", "Received");
        assertThat(states(commands)).containsOnly("Pending", "Received");
        assertThat(commands.get(0).get("Data").get("FileType").asText()).isEqualTo("application/pdf");
        assertThat(commands.get(1).get("Data").get("NormalizedLastName").asText()).isEqualTo("Odegard");
        assertThat(commands.get(2).get("Data").get("Amount").get("Currency").asText()).isEqualTo("USD");
        assertThat(commands.get(0).get("Creator").get("LastName").asText()).isEqualTo("Brooks");
    }

    @Test
    void commands_are_read_by_id_whatever_their_state_and_paged_when_asked() {
        ObjectNode body = byIds(ApiClient.US, id("us/command/1"), id("us/command/4"));
        ApiResponse all = client().operation("commands/getAllByIds", body);
        body.putObject("Limitation").put("Count", 1);
        ApiResponse firstPage = client().operation("commands/getAllByIds", body);

        assertThat(all.status()).isEqualTo(200);
        SpecContract.assertValidResponse("commands/getAllByIds", all.json());
        assertThat(ids(all.json().get("Commands"))).containsExactly(id("us/command/1"), id("us/command/4"));
        assertThat(states(all.json().get("Commands"))).containsExactly("Processed", "Received");
        SpecContract.assertValidResponse("commands/getAllByIds", firstPage.json());
        assertThat(ids(firstPage.json().get("Commands"))).containsExactly(id("us/command/1"));
        assertThat(firstPage.json().get("Cursor").asText()).isEqualTo(id("us/command/1"));
    }

    @Test
    void an_added_printer_command_is_pending_and_announced_to_the_devices_integration_only() {
        ApiResponse added = client().operation("commands/addPrinter", printerCommand(ApiClient.UK, UK_PRINTER));

        assertThat(added.status()).isEqualTo(200);
        SpecContract.assertValidResponse("commands/addPrinter", added.json());
        String commandId = added.json().get("CommandId").asText();
        assertThat(events(commandId)).containsExactly(
                new Event("DeviceCommand", id("uk/enterprise"), UK_INTEGRATION, "Pending"));
        JsonNode command = client().operation("commands/getAllByIds", byIds(ApiClient.UK, commandId)).json()
                .get("Commands").get(0);
        assertThat(command.get("State").asText()).isEqualTo("Pending");
        assertThat(command.get("Device").get("Id").asText()).isEqualTo(UK_PRINTER);
        assertThat(command.get("Data").get("CopyCount").asInt()).isEqualTo(2);
        assertThat(command.get("Data").get("FileData").asText()).isEqualTo(PDF);
        assertThat(command.get("Data").get("PrinterName").asText()).isEqualTo("Reception printer");
    }

    @Test
    void a_command_goes_from_pending_through_received_and_processing_to_processed() {
        String commandId = addPrinterCommand(ApiClient.UK, UK_PRINTER);

        assertThat(update(ApiClient.UK, commandId, "Received").status()).isEqualTo(200);
        ApiResponse processing = update(ApiClient.UK, commandId, "Processing");
        ObjectNode progress = updateBody(ApiClient.UK, commandId, "Processing");
        progress.put("Progress", 0.5);
        ApiResponse progressed = client().operation("commands/update", progress);
        ObjectNode done = updateBody(ApiClient.UK, commandId, "Processed");
        done.put("Notes", "Printed at the front desk");
        ApiResponse processed = client().operation("commands/update", done);

        assertThat(processing.status()).isEqualTo(200);
        SpecContract.assertValidResponse("commands/update", processing.json());
        assertThat(processing.json().isEmpty()).isTrue();
        assertThat(progressed.status()).isEqualTo(200);
        assertThat(processed.status()).isEqualTo(200);
        // Reporting progress does not change the state, so it announces nothing.
        assertThat(events(commandId)).extracting(Event::state)
                .containsExactly("Pending", "Received", "Processing", "Processed");
        assertThat(events(commandId)).extracting(Event::integrationId).containsOnly(UK_INTEGRATION);
        assertThat(stateOf(ApiClient.UK, commandId)).isEqualTo("Processed");
        assertThat(ids(client().operation("commands/getAllActive", ApiClient.body(ApiClient.UK)).json().get("Commands")))
                .doesNotContain(commandId);
    }

    @Test
    void illegal_transitions_are_refused_with_403_and_announce_nothing() {
        String commandId = addPrinterCommand(ApiClient.UK, UK_PRINTER);

        ApiResponse stillPending = update(ApiClient.UK, commandId, "Pending");
        update(ApiClient.UK, commandId, "Received");
        ApiResponse backToPending = update(ApiClient.UK, commandId, "Pending");
        ApiResponse receivedTwice = update(ApiClient.UK, commandId, "Received");
        update(ApiClient.UK, commandId, "Cancelled");
        ApiResponse afterCancel = update(ApiClient.UK, commandId, "Processing");

        for (ApiResponse refused : List.of(stillPending, backToPending, receivedTwice, afterCancel)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("Message").asText()).isNotBlank();
        }
        assertThat(afterCancel.json().get("Message").asText()).contains("cancelled");
        assertThat(events(commandId)).extracting(Event::state).containsExactly("Pending", "Received", "Cancelled");
        assertThat(stateOf(ApiClient.UK, commandId)).isEqualTo("Cancelled");
    }

    @Test
    void an_unknown_state_is_a_bad_request() {
        String commandId = addPrinterCommand(ApiClient.UK, UK_PRINTER);

        ApiResponse response = update(ApiClient.UK, commandId, "Done");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("State");
    }

    @Test
    void another_integration_neither_sees_nor_changes_the_commands_of_the_first() {
        String commandId = addPrinterCommand(ApiClient.UK, UK_PRINTER);
        long before = eventCount();

        ApiResponse active = client().operation("commands/getAllActive", ApiClient.body(OTHER_INTEGRATION_UK));
        ApiResponse byId = client().operation("commands/getAllByIds", byIds(OTHER_INTEGRATION_UK, commandId));
        ApiResponse changed = update(OTHER_INTEGRATION_UK, commandId, "Received");

        assertThat(active.status()).isEqualTo(200);
        assertThat(active.json().get("Commands")).isEmpty();
        assertThat(byId.json().get("Commands")).isEmpty();
        assertThat(changed.status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(stateOf(ApiClient.UK, commandId)).isEqualTo("Pending");
    }

    @Test
    void another_integration_may_queue_a_command_that_only_the_devices_integration_sees() {
        String commandId = addPrinterCommand(OTHER_INTEGRATION_UK, UK_PRINTER);

        assertThat(events(commandId)).extracting(Event::integrationId).containsExactly(UK_INTEGRATION);
        assertThat(client().operation("commands/getAllByIds", byIds(OTHER_INTEGRATION_UK, commandId)).json()
                .get("Commands")).isEmpty();
        assertThat(stateOf(ApiClient.UK, commandId)).isEqualTo("Pending");
    }

    @Test
    void the_devices_and_commands_of_the_other_hotel_are_out_of_reach() {
        ApiResponse foreignPrinter = client().operation("commands/addPrinter", printerCommand(ApiClient.UK, US_PRINTER));
        ApiResponse foreignCommand = client().operation("commands/getAllByIds", byIds(ApiClient.UK, id("us/command/2")));
        ApiResponse foreignUpdate = update(ApiClient.UK, id("us/command/2"), "Received");

        assertThat(foreignPrinter.status()).isEqualTo(400);
        assertThat(foreignPrinter.json().get("Message").asText()).contains("PrinterId");
        assertThat(foreignCommand.json().get("Commands")).isEmpty();
        assertThat(foreignUpdate.status()).isEqualTo(400);
        assertThat(ids(client().operation("devices/getAll", ApiClient.body(ApiClient.UK)).json().get("Devices")))
                .doesNotContain(US_PRINTER);
    }

    @Test
    void a_portfolio_token_names_the_enterprise_of_a_new_command() {
        ObjectNode withoutEnterprise = printerCommand(ApiClient.PORTFOLIO, US_PRINTER);
        ObjectNode withEnterprise = printerCommand(ApiClient.PORTFOLIO, US_PRINTER);
        withEnterprise.put("EnterpriseId", id("us/enterprise"));

        assertThat(client().operation("commands/addPrinter", withoutEnterprise).status()).isEqualTo(400);
        ApiResponse added = client().operation("commands/addPrinter", withEnterprise);
        assertThat(added.status()).isEqualTo(200);
        assertThat(events(added.json().get("CommandId").asText())).extracting(Event::integrationId)
                .containsExactly(DemoIds.of("application/1/integration/us").toString());
    }

    @Test
    void a_printer_command_must_name_a_printer_and_carry_a_base64_document() {
        ObjectNode onKeyCutter = printerCommand(ApiClient.UK, UK_KEY_CUTTER);
        ObjectNode notBase64 = printerCommand(ApiClient.UK, UK_PRINTER);
        notBase64.put("Data", "not base64 at all!");
        ObjectNode noCopies = printerCommand(ApiClient.UK, UK_PRINTER);
        noCopies.put("CopyCount", 0);

        ApiResponse keyCutter = client().operation("commands/addPrinter", onKeyCutter);
        assertThat(keyCutter.status()).isEqualTo(403);
        assertThat(keyCutter.json().get("Message").asText()).contains("key cutter");
        assertThat(client().operation("commands/addPrinter", notBase64).status()).isEqualTo(400);
        assertThat(client().operation("commands/addPrinter", noCopies).json().get("Message").asText()).contains("CopyCount");
    }

    @Test
    void key_cutter_and_terminal_commands_need_a_known_reservation_and_customer() {
        ObjectNode key = ApiClient.body(ApiClient.UK);
        key.put("KeyCutterId", UK_KEY_CUTTER).put("ReservationId", id("uk/reservation/unknown")).put("KeyCount", 1);
        ObjectNode payment = ApiClient.body(ApiClient.UK);
        payment.put("Type", "Payment").put("TerminalId", UK_TERMINAL).put("CustomerId", id("uk/customer/unknown"));
        payment.putObject("Amount").put("Currency", "GBP").put("Value", 25);
        long before = eventCount();

        ApiResponse keyResponse = client().operation("commands/addKeyCutter", key);
        ApiResponse paymentResponse = client().operation("commands/addPaymentTerminal", payment);

        assertThat(keyResponse.status()).isEqualTo(400);
        assertThat(keyResponse.json().get("Message").asText()).contains("ReservationId");
        assertThat(paymentResponse.status()).isEqualTo(400);
        assertThat(paymentResponse.json().get("Message").asText()).contains("CustomerId");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_key_cutter_command_carries_the_reservation_and_its_rooms() throws Exception {
        UUID reservationId = UUID.randomUUID();
        CommandSubjects.ReservationKey reservation = new CommandSubjects.ReservationKey(reservationId, "4711", "Confirmed",
                Instant.parse("2026-05-01T13:00:00Z"), Instant.parse("2026-05-03T10:00:00Z"), List.of("101", "102"),
                "Zoë", "Ødegård", "zoe@guest.example", "+44 20 7946 0999");
        CommandOperations operations = operationsKnowing(reservation);
        CommandOperations.AddKeyCutter request = new CommandOperations.AddKeyCutter(null,
                UUID.fromString(UK_KEY_CUTTER), reservationId, 2);

        CommandOperations.AddResult added = operations.addKeyCutter(request, ukCaller());

        SpecContract.assertValidResponse("commands/addKeyCutter", ApiClient.JSON.readTree(API_JSON.writeValueAsString(added)));
        String commandId = added.commandId().toString();
        ApiResponse read = client().operation("commands/getAllByIds", byIds(ApiClient.UK, commandId));
        SpecContract.assertValidResponse("commands/getAllByIds", read.json());
        JsonNode data = read.json().get("Commands").get(0).get("Data");
        assertThat(data.get("KeyCount").asInt()).isEqualTo(2);
        assertThat(data.get("LockIds")).extracting(JsonNode::asText).containsExactly("101", "102");
        assertThat(data.get("StartUtc").asText()).isEqualTo("2026-05-01T13:00:00Z");
        assertThat(data.get("ReservationNumber").asText()).isEqualTo("4711");
        assertThat(data.get("NormalizedFirstName").asText()).isEqualTo("Zoe");
        assertThat(data.get("KeyCutterId").asText()).isEqualTo("KEY-UK-1");
        assertThat(events(commandId)).containsExactly(
                new Event("DeviceCommand", id("uk/enterprise"), UK_INTEGRATION, "Pending"));
    }

    @Test
    void a_key_cutter_command_for_a_checked_in_demo_guest_encodes_the_assigned_room() {
        ObjectNode query = ApiClient.body(ApiClient.UK);
        query.putArray("States").add("Started");
        query.putObject("Limitation").put("Count", 1);
        JsonNode reservation = client().operation("reservations/getAll/2023-06-06", query).json().get("Reservations").get(0);
        ObjectNode key = ApiClient.body(ApiClient.UK);
        key.put("KeyCutterId", UK_KEY_CUTTER).put("ReservationId", reservation.get("Id").asText()).put("KeyCount", 2);

        ApiResponse added = client().operation("commands/addKeyCutter", key);

        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        String commandId = added.json().get("CommandId").asText();
        JsonNode data = client().operation("commands/getAllByIds", byIds(ApiClient.UK, commandId))
                .json().get("Commands").get(0).get("Data");
        ObjectNode rooms = ApiClient.body(ApiClient.UK);
        rooms.putArray("ResourceIds").add(reservation.get("AssignedResourceId").asText());
        rooms.putObject("Limitation").put("Count", 1);
        String roomName = client().operation("resources/getAll", rooms).json().get("Resources").get(0).get("Name").asText();
        assertThat(data.get("LockIds")).extracting(JsonNode::asText).containsExactly(roomName);
        assertThat(data.get("KeyCount").asInt()).isEqualTo(2);
        assertThat(data.get("ReservationNumber").asText()).isEqualTo(reservation.get("Number").asText());
    }

    @Test
    void keys_are_not_cut_for_a_reservation_without_a_room_or_one_that_is_canceled() {
        UUID reservationId = UUID.randomUUID();
        CommandSubjects.ReservationKey noRoom = new CommandSubjects.ReservationKey(reservationId, "4712", "Confirmed",
                Instant.parse("2026-05-01T13:00:00Z"), Instant.parse("2026-05-03T10:00:00Z"), List.of(), null, "Hale",
                null, null);
        CommandSubjects.ReservationKey canceled = new CommandSubjects.ReservationKey(reservationId, "4712", "Canceled",
                noRoom.startUtc(), noRoom.endUtc(), List.of("101"), null, "Hale", null, null);
        CommandOperations.AddKeyCutter request = new CommandOperations.AddKeyCutter(null,
                UUID.fromString(UK_KEY_CUTTER), reservationId, 1);
        long before = eventCount();

        assertThatThrownBy(() -> operationsKnowing(noRoom).addKeyCutter(request, ukCaller()))
                .isInstanceOf(Forbidden.class).hasMessageContaining("no room");
        assertThatThrownBy(() -> operationsKnowing(canceled).addKeyCutter(request, ukCaller()))
                .isInstanceOf(Forbidden.class).hasMessageContaining("canceled");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_payment_terminal_command_charges_a_customer_of_the_chain() {
        String customerId = id("uk/customer/1");
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("Type", "Preauthorization").put("TerminalId", UK_TERMINAL).put("CustomerId", customerId);
        body.putObject("Amount").put("Currency", "GBP").put("Value", 230.50);

        ApiResponse added = client().operation("commands/addPaymentTerminal", body);

        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        SpecContract.assertValidResponse("commands/addPaymentTerminal", added.json());
        String commandId = added.json().get("CommandId").asText();
        ApiResponse read = client().operation("commands/getAllByIds", byIds(ApiClient.UK, commandId));
        SpecContract.assertValidResponse("commands/getAllByIds", read.json());
        JsonNode data = read.json().get("Commands").get(0).get("Data");
        assertThat(data.get("Amount").get("GrossValue").decimalValue()).isEqualByComparingTo("230.50");
        assertThat(data.get("Amount").get("Currency").asText()).isEqualTo("GBP");
        assertThat(data.get("AccountId").asText()).isEqualTo(customerId);
        assertThat(data.get("PaymentTerminalId").asText()).isEqualTo("TRM-UK-1");
        assertThat(data.get("AccountData").get("Customer").get("FullName").asText()).isEqualTo(customerName(customerId));
        assertThat(readJson(data.get("PaymentTerminalData").asText()).get("Type").asText()).isEqualTo("Preauthorization");
        assertThat(events(commandId)).containsExactly(
                new Event("DeviceCommand", id("uk/enterprise"), UK_INTEGRATION, "Pending"));
    }

    @Test
    void a_terminal_cannot_charge_a_customer_of_another_chain() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("Type", "Payment").put("TerminalId", UK_TERMINAL).put("CustomerId", id("us/customer/1"));
        body.putObject("Amount").put("Currency", "GBP").put("Value", 10);

        ApiResponse response = client().operation("commands/addPaymentTerminal", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("CustomerId");
    }

    @Test
    void the_demo_terminal_command_charges_the_demo_customer_by_name() {
        JsonNode command = client().operation("commands/getAllByIds", byIds(ApiClient.UK, id("uk/command/4"))).json()
                .get("Commands").get(0);

        assertThat(command.get("Data").get("FullName").asText()).isEqualTo(customerName(id("uk/customer/1")));
    }

    /** First and last name of a customer as the customers feature stored it. */
    private String customerName(String customerId) {
        JsonNode customer = readJson(server.connector().database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT doc FROM customers WHERE id = :id").bind("id", customerId).mapTo(String.class).one()));
        String first = customer.get("FirstName").isNull() ? "" : customer.get("FirstName").asText();
        return (first + " " + customer.get("LastName").asText()).strip();
    }

    private static JsonNode readJson(String text) {
        try {
            return ApiClient.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Command operations on this server's store that know one reservation (the reservations feature's part). */
    private CommandOperations operationsKnowing(CommandSubjects.ReservationKey reservation) {
        CommandSubjects subjects = new CommandSubjects(
                (handle, enterpriseId, reservationId) -> Optional.ofNullable(reservation)
                        .filter(known -> known.reservationId().equals(reservationId)),
                CommandSubjects.Customers.NONE);
        Database database = server.connector().database();
        Transactions transactions = new Transactions(database, new Outbox(API_JSON, database.dialect()), Clock.systemUTC());
        return new CommandOperations(transactions, new DeviceStore(new Documents(API_JSON)), subjects, UUID::randomUUID);
    }

    private static Caller ukCaller() {
        return new Caller(DemoIds.of("application/1"), UUID.fromString(UK_INTEGRATION), List.of(DemoData.UK_ENTERPRISE_ID),
                List.of(DemoIds.of("uk/chain")), "test", Instant.now(), null, null);
    }

    private String addPrinterCommand(ApiClient.Tokens tokens, String printerId) {
        ApiResponse added = client().operation("commands/addPrinter", printerCommand(tokens, printerId));
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        return added.json().get("CommandId").asText();
    }

    private static ObjectNode printerCommand(ApiClient.Tokens tokens, String printerId) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("PrinterId", printerId).put("CopyCount", 2).put("Data", PDF);
        return body;
    }

    private ApiResponse update(ApiClient.Tokens tokens, String commandId, String state) {
        return client().operation("commands/update", updateBody(tokens, commandId, state));
    }

    private static ObjectNode updateBody(ApiClient.Tokens tokens, String commandId, String state) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("CommandId", commandId).put("State", state);
        return body;
    }

    private String stateOf(ApiClient.Tokens tokens, String commandId) {
        JsonNode commands = client().operation("commands/getAllByIds", byIds(tokens, commandId)).json().get("Commands");
        assertThat(commands).hasSize(1);
        return commands.get(0).get("State").asText();
    }

    private static ObjectNode byIds(ApiClient.Tokens tokens, String... commandIds) {
        ObjectNode body = ApiClient.body(tokens);
        var ids = body.putArray("CommandIds");
        for (String commandId : commandIds) {
            ids.add(commandId);
        }
        return body;
    }

    private static String id(String name) {
        return DemoIds.of(name).toString();
    }

    private static List<String> states(JsonNode commands) {
        List<String> states = new ArrayList<>();
        commands.forEach(command -> states.add(command.get("State").asText()));
        return states;
    }

    private long eventCount() {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM events").mapTo(Long.class).one());
    }

    /** The outbox rows about one entity, oldest first. */
    private List<Event> events(String entityId) {
        return server.connector().database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT type, enterprise_id, integration_id, payload FROM events WHERE entity_id = :id ORDER BY position")
                .bind("id", entityId)
                .map((rs, ctx) -> new Event(rs.getString("type"), rs.getString("enterprise_id"),
                        rs.getString("integration_id"), readState(rs.getString("payload"))))
                .list());
    }

    private static String readState(String payload) {
        return readJson(payload).get("State").asText();
    }
}
