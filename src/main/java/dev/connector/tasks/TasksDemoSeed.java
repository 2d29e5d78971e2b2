package dev.connector.tasks;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Eight tasks per demo hotel, addressed to its departments ({@code department/1..3}, seeded before), three of
 * them done. Deadlines spread from yesterday to next week.
 */
public final class TasksDemoSeed implements DemoSeed {

    private record Chore(String name, String description, int department, int deadlineHours, boolean closed) {
    }

    private static final List<Chore> CHORES = List.of(
            new Chore("Deep clean room 101", "Guest reported a spilled drink on the carpet.", 1, -20, true),
            new Chore("Replace bulb in corridor 2", null, 2, -4, true),
            new Chore("Prepare welcome pack", "Anniversary couple arriving tonight.", 3, 6, false),
            new Chore("Fix dripping tap in room 204", "Bathroom sink.", 2, 10, false),
            new Chore("Restock minibars on floor 3", null, 1, 24, false),
            new Chore("Call guest about airport transfer", "Confirm pick-up time.", 3, -2, true),
            new Chore("Service the lift", "Quarterly inspection with the contractor.", 2, 72, false),
            new Chore("Turn-down service for suite", null, 1, 30, false));

    private final TaskStore store;

    public TasksDemoSeed(TaskStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        for (int i = 0; i < CHORES.size(); i++) {
            Chore chore = CHORES.get(i);
            Instant created = tx.now().minus(Duration.ofDays(2)).plus(Duration.ofHours(3L * i));
            Instant deadline = tx.now().plus(Duration.ofHours(chore.deadlineHours()));
            Instant closedOrUpdated = chore.closed() ? deadline.minus(Duration.ofHours(1)) : created;
            store.insert(tx.handle(), new Task(hotel.id("task/" + (i + 1)), hotel.enterpriseId(), chore.name(),
                    chore.closed() ? Task.State.Closed : Task.State.Open, chore.description(),
                    hotel.id("department/" + chore.department()), null, created, deadline, closedOrUpdated));
        }
    }
}
