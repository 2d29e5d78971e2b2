package dev.connector.sources;

import dev.connector.demo.DemoIds;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sources of reservations (distribution channels), which reservations came through which, and the channel manager
 * details of reservations.
 */
public final class SourcesModule implements FeatureModule {

    private final SourceStore store;
    private final SourceOperations operations;
    private final ChannelManagerDetailsOperations channelManagerDetails;

    public SourcesModule(Platform platform) {
        this.store = new SourceStore(platform.documents());
        this.operations = new SourceOperations(platform.transactions(), store);
        this.channelManagerDetails = new ChannelManagerDetailsOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("sources/getAll", SourceOperations.GetAllSources.class, operations::getAll)
                .operation("sourceAssignments/getAll", SourceOperations.GetAllAssignments.class,
                        operations::getAllAssignments)
                .restrictedOperation("sourceAssignments/getAll/2024-09-20",
                        SourceOperations.GetAllReservationAssignments.class, operations::getAllByReservation)
                .restrictedOperation("reservations/getChannelManagerDetails",
                        ChannelManagerDetailsOperations.GetDetails.class, channelManagerDetails::get)
                .demoSeed((tx, hotel) -> {
                    Instant updated = tx.now().minus(Duration.ofDays(365));
                    List<Source> sources = List.of(
                            new Source(DemoIds.of("source/booking-com"), "Booking.com",
                                    Source.Type.OnlineTravelAgency, updated, 1),
                            new Source(DemoIds.of("source/expedia"), "Expedia", Source.Type.OnlineTravelAgency,
                                    updated, 2),
                            new Source(DemoIds.of("source/direct"), "Direct", Source.Type.OnlineBookingEngine,
                                    updated, 3));
                    sources.forEach(source -> store.insertIfAbsent(tx.handle(), source));
                    List<List<String>> reservations = tx.handle().createQuery(
                                    "SELECT id, group_id FROM reservations WHERE enterprise_id = :enterpriseId ORDER BY seq")
                            .bind("enterpriseId", hotel.enterpriseId().toString())
                            .map((rs, ctx) -> List.of(rs.getString("id"), rs.getString("group_id")))
                            .list();
                    for (int i = 0; i < Math.min(6, reservations.size()); i++) {
                        Source source = sources.get(i / 2);
                        store.insert(tx.handle(), hotel.enterpriseId(), new SourceStore.Assignment(
                                hotel.id("source-assignment/" + i), UUID.fromString(reservations.get(i).get(1)),
                                UUID.fromString(reservations.get(i).get(0)), source.id(), true), tx.now());
                    }
                });
    }
}
