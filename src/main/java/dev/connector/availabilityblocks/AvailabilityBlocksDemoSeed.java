package dev.connector.availabilityblocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Two availability blocks per demo hotel on its stay service and first active rate: a confirmed wedding with a
 * fixed release date and an optional conference released on a rolling basis, each holding rooms of the first
 * resource category. Skipped when the hotel has no stay service or rate (the catalogue set-up is not there).
 */
public final class AvailabilityBlocksDemoSeed implements DemoSeed {

    private final AvailabilityBlockStore store;

    public AvailabilityBlocksDemoSeed(AvailabilityBlockStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        UUID serviceId = hotel.serviceId();
        if (serviceId == null) {
            return;
        }
        Optional<UUID> rateId = firstId(tx, "SELECT id FROM rates WHERE service_id = :serviceId AND is_active = :active ORDER BY seq", serviceId);
        if (rateId.isEmpty()) {
            return;
        }
        Optional<UUID> categoryId = firstId(tx,
                "SELECT id FROM resource_categories WHERE service_id = :serviceId AND is_active = :active ORDER BY ordering, seq",
                serviceId);
        ZoneId zone = ZoneId.of(hotel.enterprise().timeZoneIdentifier());
        LocalDate today = LocalDate.ofInstant(tx.now(), zone);
        String currency = hotel.enterprise().currencyCode();
        String prefix = hotel.key().toUpperCase();

        Instant weddingFirst = today.plusDays(14).atStartOfDay(zone).toInstant();
        Instant weddingLast = today.plusDays(16).atStartOfDay(zone).toInstant();
        Instant weddingRelease = today.plusDays(7).atStartOfDay(zone).toInstant();
        AvailabilityBlock wedding = new AvailabilityBlock(hotel.id("availability-block/1"), hotel.enterpriseId(),
                serviceId, rateId.get(), null, null, hotel.id("company/1"), null,
                new AvailabilityBlock.Budget(currency, new BigDecimal("9500.00"), null, null, null),
                AvailabilityBlock.State.Confirmed, AvailabilityBlock.Purpose.Leisure,
                tx.now().minus(Duration.ofDays(20)), tx.now().minus(Duration.ofDays(2)), weddingFirst, weddingLast,
                weddingRelease, null, prefix + "-BLOCK-0001", "Hartley-Moss wedding", "Late check-out for the couple.",
                AvailabilityBlock.PickupDistribution.AllInOneGroup, true, null, "1001",
                AvailabilityBlock.ReleaseStrategy.FixedRelease, "PO-" + prefix + "-5521");
        store.insert(tx.handle(), wedding);

        Instant conferenceFirst = today.plusDays(30).atStartOfDay(zone).toInstant();
        Instant conferenceLast = today.plusDays(33).atStartOfDay(zone).toInstant();
        AvailabilityBlock conference = new AvailabilityBlock(hotel.id("availability-block/2"), hotel.enterpriseId(),
                serviceId, rateId.get(), null, null, hotel.id("company/3"), null, null,
                AvailabilityBlock.State.Optional, AvailabilityBlock.Purpose.Business,
                tx.now().minus(Duration.ofDays(5)), tx.now().minus(Duration.ofDays(5)), conferenceFirst,
                conferenceLast, null, "P-3D", prefix + "-BLOCK-0002", "Travel tech conference", null,
                AvailabilityBlock.PickupDistribution.IndividualGroups, true, null, "1002",
                AvailabilityBlock.ReleaseStrategy.RollingRelease, null);
        store.insert(tx.handle(), conference);

        if (categoryId.isPresent()) {
            store.insert(tx.handle(), hotel.enterpriseId(), new AvailabilityAdjustment(
                    hotel.id("availability-block/1/adjustment/1"), wedding.id(), categoryId.get(), null, null,
                    weddingFirst, weddingLast, 6, "Active", null, wedding.updatedUtc(), true, null, weddingRelease), zone);
            store.insert(tx.handle(), hotel.enterpriseId(), new AvailabilityAdjustment(
                    hotel.id("availability-block/2/adjustment/1"), conference.id(), categoryId.get(), null, null,
                    conferenceFirst, conferenceLast, 12, "Active", null, conference.updatedUtc(), true, null,
                    conferenceFirst.minus(Duration.ofDays(3))), zone);
            pickUp(tx, wedding.id(), serviceId, today.plusDays(14), today.plusDays(16));
        }
    }

    /**
     * Puts up to three confirmed demo reservations arriving during the wedding into its block, so that the block
     * shows a pickup (the reservations seed ran before this one); those of the block's category use its units.
     */
    private void pickUp(Tx tx, UUID blockId, UUID serviceId, LocalDate first, LocalDate last) {
        List<String[]> picked = tx.handle().createQuery("""
                        SELECT id, doc FROM reservations
                        WHERE service_id = :serviceId AND state = 'Confirmed' AND first_night >= :first
                          AND first_night <= :last AND availability_block_id IS NULL
                        ORDER BY seq LIMIT 3""")
                .bind("serviceId", serviceId.toString())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] reservation : picked) {
            ObjectNode doc = (ObjectNode) store.documents().read(reservation[1], JsonNode.class);
            doc.put("AvailabilityBlockId", blockId.toString());
            tx.handle().createUpdate("UPDATE reservations SET availability_block_id = :blockId, doc = :doc WHERE id = :id")
                    .bind("blockId", blockId.toString())
                    .bind("doc", store.documents().write(doc))
                    .bind("id", reservation[0])
                    .execute();
        }
    }

    private static Optional<UUID> firstId(Tx tx, String sql, UUID serviceId) {
        return tx.handle().createQuery(sql)
                .bind("serviceId", serviceId.toString())
                .bind("active", true)
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .findFirst();
    }
}
