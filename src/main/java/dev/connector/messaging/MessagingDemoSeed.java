package dev.connector.messaging;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A few guest conversations per demo hotel, opened by the first demo application (the one whose tokens most
 * partners try first), each with a question from the guest and answers from the hotel.
 */
public final class MessagingDemoSeed implements DemoSeed {

    private record Conversation(String guest, String subject, List<String> exchange) {
    }

    private static final List<Conversation> CONVERSATIONS = List.of(
            new Conversation("Olivia Bennett", "Late arrival",
                    List.of("Our flight lands at midnight, will someone be at the desk?",
                            "Yes, the night team is at reception until morning. Safe travels!")),
            new Conversation("Marcus Hale", "Parking",
                    List.of("Is there parking at the hotel?",
                            "We have a garage under the building; ask at reception for a permit.",
                            "Perfect, thank you.")),
            new Conversation("Sofia Ramirez", "Extra pillows",
                    List.of("Could we have two extra pillows in the room, please?")));

    private final MessagingStore store;

    public MessagingDemoSeed(MessagingStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        UUID applicationId = tx.handle()
                .createQuery("SELECT application_id FROM integrations WHERE id = :id")
                .bind("id", hotel.firstApplicationIntegrationId().toString())
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .one();
        for (int t = 0; t < CONVERSATIONS.size(); t++) {
            Conversation conversation = CONVERSATIONS.get(t);
            Instant opened = tx.now().minus(Duration.ofDays(CONVERSATIONS.size() - t));
            UUID threadId = hotel.id("message-thread/" + (t + 1));
            List<String> exchange = conversation.exchange();
            Instant lastMessage = opened.plus(Duration.ofMinutes(20L * (exchange.size() - 1)));
            store.insertThread(tx.handle(), hotel.enterpriseId(), applicationId, new MessageThread(threadId,
                    conversation.guest(), conversation.subject(), opened, lastMessage, false));
            for (int m = 0; m < exchange.size(); m++) {
                // The guest writes through the application; the hotel's staff answer.
                Message.Sender sender = m % 2 == 0 ? Message.Sender.Application : Message.Sender.Enterprise;
                store.insertMessage(tx.handle(), hotel.enterpriseId(), new Message(
                        hotel.id("message-thread/" + (t + 1) + "/message/" + (m + 1)), threadId, exchange.get(m),
                        sender, opened.plus(Duration.ofMinutes(20L * m))));
            }
        }
    }
}
