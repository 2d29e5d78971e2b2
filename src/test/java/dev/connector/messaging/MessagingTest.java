package dev.connector.messaging;

import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagingTest extends BothStoresTest {

    /** The second demo application's UK token: same hotel, another application. */
    private static final ApiClient.Tokens OTHER_APPLICATION_UK = new ApiClient.Tokens(
            DemoCredentials.APPLICATIONS.get(1).clientToken(), DemoCredentials.APPLICATIONS.get(1).ukAccessToken());

    private static final String UK_THREAD = DemoIds.of("uk/message-thread/1").toString();
    private static final String US_THREAD = DemoIds.of("us/message-thread/1").toString();

    @Test
    void the_demo_threads_of_the_application_are_listed_as_the_spec_describes() {
        ApiResponse response = client().operation("messageThreads/getAll", threadsOf(ApiClient.UK));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("messageThreads/getAll", response.json());
        assertThat(ids(response.json().get("MessageThreads"))).hasSize(3).contains(UK_THREAD).doesNotContain(US_THREAD);
        assertThat(response.json().get("Cursor").asText()).isEqualTo(last(response.json().get("MessageThreads")));
    }

    @Test
    void threads_are_paged_with_the_cursor_of_the_last_one() {
        ObjectNode first = threadsOf(ApiClient.UK);
        first.putObject("Limitation").put("Count", 2);
        JsonNode page1 = client().operation("messageThreads/getAll", first).json();
        ObjectNode next = threadsOf(ApiClient.UK);
        next.putObject("Limitation").put("Count", 2).put("Cursor", page1.get("Cursor").asText());
        JsonNode page2 = client().operation("messageThreads/getAll", next).json();

        assertThat(ids(page1.get("MessageThreads"))).hasSize(2);
        assertThat(ids(page2.get("MessageThreads"))).hasSize(1).doesNotContainAnyElementsOf(ids(page1.get("MessageThreads")));
    }

    @Test
    void listing_threads_needs_ids_or_an_interval() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.putObject("Limitation").put("Count", 10);

        ApiResponse response = client().operation("messageThreads/getAll", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("MessageThreadIds");
    }

    @Test
    void a_portfolio_token_sees_the_threads_of_both_hotels() {
        ApiResponse response = client().operation("messageThreads/getAll", threadsOf(ApiClient.PORTFOLIO));

        assertThat(ids(response.json().get("MessageThreads"))).contains(UK_THREAD, US_THREAD);
    }

    @Test
    void another_application_does_not_see_the_threads_of_the_first() {
        ApiResponse response = client().operation("messageThreads/getAll", threadsOf(OTHER_APPLICATION_UK));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("MessageThreads")).isEmpty();
        assertThat(response.json().get("Cursor").isNull()).isTrue();
    }

    @Test
    void an_added_thread_is_returned_and_listed() {
        ObjectNode body = ApiClient.body(ApiClient.US);
        body.put("OriginalSender", "Ada Lovelace").put("Subject", "Room with a view");

        ApiResponse added = client().operation("messageThreads/add", body);

        assertThat(added.status()).isEqualTo(200);
        SpecContract.assertValidResponse("messageThreads/add", added.json());
        JsonNode thread = added.json().get("MessageThreads").get(0);
        assertThat(thread.get("Subject").asText()).isEqualTo("Room with a view");
        assertThat(thread.get("IsResolved").asBoolean()).isFalse();
        ObjectNode byId = ApiClient.body(ApiClient.US);
        byId.putArray("MessageThreadIds").add(thread.get("Id").asText());
        byId.putObject("Limitation").put("Count", 10);
        assertThat(ids(client().operation("messageThreads/getAll", byId).json().get("MessageThreads")))
                .containsExactly(thread.get("Id").asText());
    }

    @Test
    void a_thread_needs_a_subject() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("OriginalSender", "Ada Lovelace").put("Subject", " ");

        ApiResponse response = client().operation("messageThreads/add", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("Subject");
    }

    @Test
    void messages_of_a_thread_are_listed_as_the_spec_describes() {
        ApiResponse response = client().operation("messages/getAll", messagesOf(ApiClient.UK, UK_THREAD));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("messages/getAll", response.json());
        JsonNode messages = response.json().get("Messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("Sender").asText()).isEqualTo("Application");
        assertThat(messages.get(1).get("Sender").asText()).isEqualTo("Enterprise");
        assertThat(messages.get(0).get("MessageThreadId").asText()).isEqualTo(UK_THREAD);
    }

    @Test
    void messages_of_another_hotel_or_application_are_not_returned() {
        assertThat(client().operation("messages/getAll", messagesOf(ApiClient.UK, US_THREAD)).json().get("Messages"))
                .isEmpty();
        assertThat(client().operation("messages/getAll", messagesOf(OTHER_APPLICATION_UK, UK_THREAD)).json().get("Messages"))
                .isEmpty();
    }

    @Test
    void adding_messages_stores_them_and_emits_one_MessageAdded_each() {
        String thread = DemoIds.of("uk/message-thread/3").toString();
        long before = eventCount();
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.putArray("Messages")
                .add(message(thread, "Two pillows are on their way.", "reply-1"))
                .add(message(thread, "Anything else?", null));

        ApiResponse response = client().operation("messages/add", body);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("messages/add", response.json());
        JsonNode added = response.json().get("Messages");
        assertThat(added.get(0).get("Identifier").asText()).isEqualTo("reply-1");
        assertThat(added.get(1).get("Identifier").isNull()).isTrue();
        List<String> messageIds = List.of(added.get(0).get("Message").get("Id").asText(),
                added.get(1).get("Message").get("Id").asText());
        assertThat(eventCount()).isEqualTo(before + 2);
        for (String messageId : messageIds) {
            assertThat(events("MessageAdded", messageId)).containsExactly(DemoData.UK_ENTERPRISE_ID.toString());
        }
        JsonNode listed = client().operation("messages/getAll", messagesOf(ApiClient.UK, thread)).json().get("Messages");
        assertThat(ids(listed)).containsAll(messageIds);
    }

    @Test
    void a_message_to_a_thread_of_another_application_is_refused_and_nothing_is_written() {
        String ownThread = DemoIds.of("uk/message-thread/2").toString();
        long before = eventCount();
        ObjectNode body = ApiClient.body(OTHER_APPLICATION_UK);
        body.putArray("Messages").add(message(ownThread, "Hello", null));

        ApiResponse response = client().operation("messages/add", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("Messages[0].MessageThreadId");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void one_bad_message_refuses_the_whole_batch() {
        String thread = DemoIds.of("uk/message-thread/2").toString();
        long before = eventCount();
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.putArray("Messages")
                .add(message(thread, "This one is fine", null))
                .add(message(US_THREAD, "This thread is in the other hotel", null));

        ApiResponse response = client().operation("messages/add", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("Messages[1].MessageThreadId");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(client().operation("messages/getAll", messagesOf(ApiClient.UK, thread)).json().get("Messages"))
                .hasSize(3);
    }

    @Test
    void messages_need_a_text() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.putArray("Messages").add(message(UK_THREAD, "", null));

        ApiResponse response = client().operation("messages/add", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("Messages[0].Text");
    }

    private static ObjectNode threadsOf(ApiClient.Tokens tokens) {
        ObjectNode body = ApiClient.body(tokens);
        Instant now = Instant.now();
        body.putObject("CreatedUtc")
                .put("StartUtc", now.minus(Duration.ofDays(30)).toString())
                .put("EndUtc", now.plus(Duration.ofDays(1)).toString());
        body.putObject("Limitation").put("Count", 100);
        return body;
    }

    private static ObjectNode messagesOf(ApiClient.Tokens tokens, String threadId) {
        ObjectNode body = ApiClient.body(tokens);
        body.putArray("MessageThreadIds").add(threadId);
        body.putObject("Limitation").put("Count", 100);
        return body;
    }

    private static ObjectNode message(String threadId, String text, String identifier) {
        ObjectNode message = ApiClient.JSON.createObjectNode();
        message.put("MessageThreadId", threadId).put("Text", text);
        if (identifier != null) {
            message.put("Identifier", identifier);
        }
        return message;
    }

    private static String last(JsonNode items) {
        return items.get(items.size() - 1).get("Id").asText();
    }

    private long eventCount() {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM events").mapTo(Long.class).one());
    }

    /** The enterprise ids of the outbox rows of one type about one entity. */
    private List<String> events(String type, String entityId) {
        return server.connector().database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT enterprise_id FROM events WHERE type = :type AND entity_id = :id ORDER BY position")
                .bind("type", type)
                .bind("id", entityId)
                .mapTo(String.class)
                .list());
    }
}
