package dev.connector.servicenotes;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Notes on a few demo reservations ({@code service-order-note/1..5}): staff notes, one from the channel manager and
 * a guest's special request (only listed when asked for by type). Seeded quietly, like the rest of the demo world.
 */
public final class ServiceOrderNotesDemoSeed implements DemoSeed {

    private record Note(int reservation, OrderNote.Type type, String text) {
    }

    private static final List<Note> NOTES = List.of(
            new Note(1, OrderNote.Type.General, "Guest prefers a room away from the lift."),
            new Note(1, OrderNote.Type.SpecialRequest, "Extra pillows, please."),
            new Note(3, OrderNote.Type.ChannelManager, "Booked via the channel manager; breakfast not included."),
            new Note(5, OrderNote.Type.General, "Late arrival expected, around 23:00."),
            new Note(8, OrderNote.Type.General, "Celebrating an anniversary: leave a card in the room."));

    private final ServiceOrderNoteStore store;

    ServiceOrderNotesDemoSeed(ServiceOrderNoteStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        for (int i = 0; i < NOTES.size(); i++) {
            Note note = NOTES.get(i);
            Instant written = tx.now().minus(Duration.ofHours(30L - i));
            store.insert(tx.handle(), hotel.enterpriseId(), new OrderNote(hotel.id("service-order-note/" + (i + 1)),
                    hotel.id("reservation/" + note.reservation()), note.text(), note.type(), written, written));
        }
    }
}
