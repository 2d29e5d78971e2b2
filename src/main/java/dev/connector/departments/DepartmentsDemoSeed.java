package dev.connector.departments;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Three departments per demo hotel: {@code hotel.id("department/1")} (Housekeeping) to {@code department/3}. */
public final class DepartmentsDemoSeed implements DemoSeed {

    /** Names in id order; tasks are addressed to them by these positions. */
    public static final List<String> NAMES = List.of("Housekeeping", "Maintenance", "Reception");

    private final DepartmentStore store;

    public DepartmentsDemoSeed(DepartmentStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant created = tx.now().minus(Duration.ofDays(90));
        for (int i = 0; i < NAMES.size(); i++) {
            store.insert(tx.handle(), new Department(hotel.id("department/" + (i + 1)), hotel.enterpriseId(), true,
                    NAMES.get(i), created, created.plus(Duration.ofDays(i))));
        }
    }
}
