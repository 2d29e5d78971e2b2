package dev.connector.resources;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.services.CatalogueIds;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Demo rooms that cannot be sold: two rooms per hotel out of order now (a block and the OutOfOrder state) and one
 * room held for internal use next week. Seeded quietly, like the rest of the demo world: no events.
 */
public final class ResourceDemoSeed implements DemoSeed {

    private record DemoBlock(String room, ResourceBlock.Type type, String name, String notes, int startDay, int days,
                             boolean outOfOrderNow) {
    }

    private static final List<DemoBlock> BLOCKS = List.of(
            new DemoBlock("105", ResourceBlock.Type.OutOfOrder, "Air conditioning repair",
                    "The unit is being replaced.", -1, 4, true),
            new DemoBlock("208", ResourceBlock.Type.OutOfOrder, "Bathroom renovation",
                    "New tiles and shower.", -3, 10, true),
            new DemoBlock("310", ResourceBlock.Type.InternalUse, "Photo shoot",
                    "Marketing photos of the suite.", 7, 2, false));

    private final ResourceStore resources;
    private final ResourceBlockStore blocks;

    public ResourceDemoSeed(ResourceStore resources, ResourceBlockStore blocks) {
        this.resources = resources;
        this.blocks = blocks;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant today = tx.now().truncatedTo(ChronoUnit.HOURS);
        int number = 0;
        for (DemoBlock demo : BLOCKS) {
            number++;
            Resource room = resources.find(tx.handle(), CatalogueIds.of(hotel.enterpriseId(), "resource/" + demo.room()))
                    .orElseThrow(() -> new IllegalStateException("The standard setup has no room " + demo.room()));
            Instant start = today.plus(Duration.ofDays(demo.startDay()));
            blocks.insert(tx.handle(), new ResourceBlock(hotel.id("resource-block/" + number), hotel.enterpriseId(),
                    room.id(), true, demo.type(), start, start.plus(Duration.ofDays(demo.days())), tx.now(), tx.now(),
                    null, demo.name(), demo.notes()));
            if (demo.outOfOrderNow()) {
                resources.update(tx.handle(), room.withState(ResourceState.OutOfOrder.name(), tx.now()));
            }
        }
    }
}
