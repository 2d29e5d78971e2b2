package dev.connector.availabilityblocks;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.services.Catalogue;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * availabilityBlocks/add, availabilityBlocks/update, availabilityBlocks/delete and availabilityAdjustments/getAll.
 * A block's units are set with services/updateAvailability (AvailabilityBlockId); they leave public availability
 * until the block is released, canceled or deleted, and reservations added into the block use them up. A block
 * that holds reservations which are not canceled can be neither canceled nor deleted (no reservation changes).
 */
public final class AvailabilityBlockChanges {

    public record BlockAddData(UUID serviceId, UUID rateId, String firstTimeUnitStartUtc, String lastTimeUnitStartUtc,
                               Instant releasedUtc, String rollingReleaseOffset, String name, String voucherCode,
                               UUID bookerId, UUID companyId, UUID travelAgencyId, AvailabilityBlock.Budget budget,
                               AvailabilityBlock.Purpose reservationPurpose, String externalIdentifier, String notes,
                               AvailabilityBlock.State state, UUID quoteId, String purchaseOrderNumber) {
    }

    public record AddBlocks(UUID enterpriseId, List<BlockAddData> availabilityBlocks) {
        public AddBlocks {
            RequestChecks.requiredList(availabilityBlocks, "AvailabilityBlocks");
            for (int i = 0; i < availabilityBlocks.size(); i++) {
                String field = "AvailabilityBlocks[" + i + "]";
                BlockAddData block = Require.present(availabilityBlocks.get(i), field);
                Require.present(block.serviceId(), field + ".ServiceId");
                Require.present(block.rateId(), field + ".RateId");
                Require.text(block.firstTimeUnitStartUtc(), field + ".FirstTimeUnitStartUtc");
                Require.text(block.lastTimeUnitStartUtc(), field + ".LastTimeUnitStartUtc");
                Require.present(block.state(), field + ".State");
                Require.maxLength(block.externalIdentifier(), 255, field + ".ExternalIdentifier");
                if (block.budget() != null) {
                    Require.text(block.budget().currency(), field + ".Budget.Currency");
                }
            }
        }
    }

    public record BlocksResult(List<AvailabilityBlock> availabilityBlocks) {
    }

    public record BlockUpdate(UUID availabilityBlockId, UpdateValue<String> name,
                              UpdateValue<String> firstTimeUnitStartUtc, UpdateValue<String> lastTimeUnitStartUtc,
                              UpdateValue<String> externalIdentifier, UpdateValue<String> state,
                              UpdateValue<String> reservationPurpose, UpdateValue<UUID> companyId,
                              UpdateValue<UUID> travelAgencyId, UpdateValue<UUID> bookerId, UpdateValue<String> notes,
                              UpdateValue<AvailabilityBlock.Budget> budget, UpdateValue<String> cancellationReason,
                              UpdateValue<String> cancellationReasonDetail, UpdateValue<String> rollingReleaseOffset,
                              UpdateValue<String> releasedUtc,
                              UpdateValue<AvailabilityBlock.ReleaseStrategy> releaseStrategy,
                              UpdateValue<UUID> quoteId, UpdateValue<String> purchaseOrderNumber) {
    }

    public record UpdateBlocks(UUID enterpriseId, List<BlockUpdate> availabilityBlocks) {
        public UpdateBlocks {
            RequestChecks.requiredList(availabilityBlocks, "AvailabilityBlocks");
            for (int i = 0; i < availabilityBlocks.size(); i++) {
                BlockUpdate update = Require.present(availabilityBlocks.get(i), "AvailabilityBlocks[" + i + "]");
                Require.present(update.availabilityBlockId(), "AvailabilityBlocks[" + i + "].AvailabilityBlockId");
            }
        }
    }

    public record DeleteBlocks(UUID enterpriseId, List<UUID> availabilityBlockIds) {
        public DeleteBlocks {
            RequestChecks.requiredList(availabilityBlockIds, "AvailabilityBlockIds");
        }
    }

    public record GetAllAdjustments(List<UUID> enterpriseIds, List<UUID> availabilityAdjustmentIds,
                                    TimeInterval updatedUtc, List<ActivityState> activityStates,
                                    Limitation limitation) {
        public GetAllAdjustments {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(availabilityAdjustmentIds, "AvailabilityAdjustmentIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record AdjustmentsResult(List<AvailabilityAdjustment> availabilityAdjustments, UUID cursor) {
    }

    private final Transactions transactions;
    private final AvailabilityBlockStore store;
    private final EnterpriseStore enterprises;
    private final Catalogue catalogue;
    private final Supplier<UUID> ids;

    public AvailabilityBlockChanges(Transactions transactions, AvailabilityBlockStore store,
                                    EnterpriseStore enterprises, Catalogue catalogue, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.ids = ids;
    }

    BlocksResult add(AddBlocks request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            ZoneId zone = zone(tx, enterpriseId);
            List<AvailabilityBlock> added = new ArrayList<>();
            for (int i = 0; i < request.availabilityBlocks().size(); i++) {
                BlockAddData data = request.availabilityBlocks().get(i);
                String field = "AvailabilityBlocks[" + i + "]";
                if (catalogue.enterpriseOfService(tx.handle(), data.serviceId()).filter(enterpriseId::equals).isEmpty()) {
                    throw new Forbidden("The service " + data.serviceId() + " was not found.");
                }
                requireRate(tx, data.serviceId(), data.rateId());
                Instant first = timeUnitStart(data.firstTimeUnitStartUtc(), zone, field + ".FirstTimeUnitStartUtc");
                Instant last = timeUnitStart(data.lastTimeUnitStartUtc(), zone, field + ".LastTimeUnitStartUtc");
                requireOrder(first, last, field);
                String rolling = data.releasedUtc() == null ? data.rollingReleaseOffset() : null;
                ReleaseOffsets.millis(rolling);
                AvailabilityBlock.ReleaseStrategy strategy = data.releasedUtc() != null
                        ? AvailabilityBlock.ReleaseStrategy.FixedRelease
                        : rolling != null ? AvailabilityBlock.ReleaseStrategy.RollingRelease
                        : AvailabilityBlock.ReleaseStrategy.None;
                int number = 1001 + store.count(tx.handle(), enterpriseId);
                AvailabilityBlock block = new AvailabilityBlock(ids.get(), enterpriseId, data.serviceId(),
                        data.rateId(), null, data.bookerId(), data.companyId(), data.travelAgencyId(), data.budget(),
                        data.state(), data.reservationPurpose(), tx.now(), tx.now(), first, last, data.releasedUtc(),
                        rolling, data.externalIdentifier(), data.name(), data.notes(),
                        AvailabilityBlock.PickupDistribution.AllInOneGroup, true, data.quoteId(),
                        String.valueOf(number), strategy, data.purchaseOrderNumber());
                store.insert(tx.handle(), block);
                added.add(block);
            }
            return new BlocksResult(added);
        });
    }

    BlocksResult update(UpdateBlocks request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            ZoneId zone = zone(tx, enterpriseId);
            List<AvailabilityBlock> updated = new ArrayList<>();
            for (int i = 0; i < request.availabilityBlocks().size(); i++) {
                BlockUpdate update = request.availabilityBlocks().get(i);
                String field = "AvailabilityBlocks[" + i + "]";
                AvailabilityBlock block = block(tx, enterpriseId, update.availabilityBlockId());
                AvailabilityBlock next = apply(tx, block, update, zone, field);
                store.update(tx.handle(), next);
                updated.add(next);
            }
            return new BlocksResult(updated);
        });
    }

    Object delete(DeleteBlocks request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> {
            for (UUID blockId : request.availabilityBlockIds().stream().distinct().toList()) {
                AvailabilityBlock block = block(tx, enterpriseId, blockId);
                requireNoLiveReservations(tx, block, "deleted");
                store.update(tx.handle(), copy(block, tx.now(), false, block.state(), block.firstTimeUnitStartUtc(),
                        block.lastTimeUnitStartUtc(), block.releasedUtc(), block.rollingReleaseOffset(),
                        block.releaseStrategy()));
                for (AvailabilityAdjustment adjustment : store.activeAdjustments(tx.handle(), blockId)) {
                    store.deactivate(tx.handle(), adjustment, tx.now());
                }
            }
            return null;
        });
        return null;
    }

    AdjustmentsResult getAllAdjustments(GetAllAdjustments request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("id", request.availabilityAdjustmentIds())
                .within("updated_utc", request.updatedUtc())
                .eq("is_active", RequestChecks.isActive(request.activityStates(), true));
        return transactions.read(handle -> {
            Page<AvailabilityAdjustment> page = store.adjustmentPage(handle, filter, request.limitation());
            return new AdjustmentsResult(page.items(), page.cursor());
        });
    }

    private AvailabilityBlock apply(Tx tx, AvailabilityBlock block, BlockUpdate update, ZoneId zone, String field) {
        AvailabilityBlock.State state = block.state();
        if (update.state() != null) {
            state = parse(AvailabilityBlock.State.class, Require.present(update.state().value(), field + ".State"),
                    field + ".State");
        }
        if (state == AvailabilityBlock.State.Canceled && block.state() != AvailabilityBlock.State.Canceled) {
            requireNoLiveReservations(tx, block, "canceled");
        }
        Instant first = update.firstTimeUnitStartUtc() == null ? block.firstTimeUnitStartUtc()
                : timeUnitStart(update.firstTimeUnitStartUtc().value(), zone, field + ".FirstTimeUnitStartUtc");
        Instant last = update.lastTimeUnitStartUtc() == null ? block.lastTimeUnitStartUtc()
                : timeUnitStart(update.lastTimeUnitStartUtc().value(), zone, field + ".LastTimeUnitStartUtc");
        requireOrder(first, last, field);
        AvailabilityBlock.ReleaseStrategy strategy = UpdateValue.apply(update.releaseStrategy(),
                block.releaseStrategy());
        Instant released = block.releasedUtc();
        if (update.releasedUtc() != null) {
            released = update.releasedUtc().value() == null ? null
                    : instant(update.releasedUtc().value(), field + ".ReleasedUtc");
        }
        String rolling = UpdateValue.apply(update.rollingReleaseOffset(), block.rollingReleaseOffset());
        ReleaseOffsets.millis(rolling);
        if (update.releaseStrategy() == null && update.releasedUtc() != null && released != null) {
            strategy = AvailabilityBlock.ReleaseStrategy.FixedRelease;
        }
        if (strategy == null) {
            strategy = AvailabilityBlock.ReleaseStrategy.None;
        }
        switch (strategy) {
            case FixedRelease -> {
                Require.present(released, field + ".ReleasedUtc");
                rolling = null;
            }
            case RollingRelease -> {
                Require.present(rolling, field + ".RollingReleaseOffset");
                released = null;
            }
            case None -> {
                released = null;
                rolling = null;
            }
            default -> throw new IllegalStateException("Unknown release strategy " + strategy);
        }
        AvailabilityBlock.Purpose purpose = block.reservationPurpose();
        if (update.reservationPurpose() != null) {
            purpose = update.reservationPurpose().value() == null ? null
                    : parse(AvailabilityBlock.Purpose.class, update.reservationPurpose().value(),
                            field + ".ReservationPurpose");
        }
        String external = UpdateValue.apply(update.externalIdentifier(), block.externalIdentifier());
        Require.maxLength(external, 255, field + ".ExternalIdentifier");
        return new AvailabilityBlock(block.id(), block.enterpriseId(), block.serviceId(), block.rateId(),
                block.voucherId(), UpdateValue.apply(update.bookerId(), block.bookerId()),
                UpdateValue.apply(update.companyId(), block.companyId()),
                UpdateValue.apply(update.travelAgencyId(), block.travelAgencyId()),
                UpdateValue.apply(update.budget(), block.budget()), state, purpose, block.createdUtc(), tx.now(),
                first, last, released, rolling, external, UpdateValue.apply(update.name(), block.name()),
                UpdateValue.apply(update.notes(), block.notes()), block.pickupDistribution(), block.isActive(),
                UpdateValue.apply(update.quoteId(), block.quoteId()), block.availabilityBlockNumber(), strategy,
                UpdateValue.apply(update.purchaseOrderNumber(), block.purchaseOrderNumber()));
    }

    private void requireNoLiveReservations(Tx tx, AvailabilityBlock block, String change) {
        int live = store.liveReservations(tx.handle(), block.id());
        if (live > 0) {
            throw new Forbidden("The availability block " + (block.name() == null ? block.id() : block.name())
                    + " cannot be " + change + " while it holds " + live + " reservation(s) that are not canceled;"
                    + " cancel them first.");
        }
    }

    private static AvailabilityBlock copy(AvailabilityBlock b, Instant now, boolean active, AvailabilityBlock.State state,
                                          Instant first, Instant last, Instant released, String rolling,
                                          AvailabilityBlock.ReleaseStrategy strategy) {
        return new AvailabilityBlock(b.id(), b.enterpriseId(), b.serviceId(), b.rateId(), b.voucherId(), b.bookerId(),
                b.companyId(), b.travelAgencyId(), b.budget(), state, b.reservationPurpose(), b.createdUtc(), now,
                first, last, released, rolling, b.externalIdentifier(), b.name(), b.notes(), b.pickupDistribution(),
                active, b.quoteId(), b.availabilityBlockNumber(), strategy, b.purchaseOrderNumber());
    }

    private AvailabilityBlock block(Tx tx, UUID enterpriseId, UUID blockId) {
        return store.find(tx.handle(), blockId)
                .filter(block -> block.enterpriseId().equals(enterpriseId) && block.isActive())
                .orElseThrow(() -> new Forbidden("The availability block " + blockId + " was not found."));
    }

    private void requireRate(Tx tx, UUID serviceId, UUID rateId) {
        catalogue.rate(tx.handle(), rateId)
                .filter(rate -> rate.serviceId().equals(serviceId) && rate.isActive())
                .orElseThrow(() -> new Forbidden("The rate " + rateId + " is not an active rate of the service."));
    }

    private ZoneId zone(Tx tx, UUID enterpriseId) {
        return enterprises.find(tx.handle(), enterpriseId)
                .map(enterprise -> ZoneId.of(enterprise.timeZoneIdentifier()))
                .orElseThrow(() -> new IllegalStateException("Missing enterprise " + enterpriseId));
    }

    private static void requireOrder(Instant first, Instant last, String field) {
        if (last.isBefore(first)) {
            throw new InvalidRequest(field + ".LastTimeUnitStartUtc must not be before " + field
                    + ".FirstTimeUnitStartUtc.");
        }
    }

    /** The start of the enterprise-local day the instant falls on (time units are days). */
    private static Instant timeUnitStart(String value, ZoneId zone, String field) {
        Instant instant = instant(Require.text(value, field), field);
        return LocalDate.ofInstant(instant, zone).atStartOfDay(zone).toInstant();
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + " must be an ISO 8601 date and time in UTC, such as 2030-01-01T00:00:00Z.");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field + " is not one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ".");
        }
    }
}
