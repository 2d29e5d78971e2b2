package dev.connector.overbooking;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.services.Catalogue;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The restricted serviceOverbookingLimits/getAll, set and clear. Set replaces the limits on the nights it names
 * (limits reaching beyond them keep their other nights); clear removes the limits of the nights it names the same way.
 */
public final class OverbookingLimitOperations {

    public record GetAll(List<UUID> enterpriseIds, List<UUID> serviceIds, List<UUID> serviceOverbookingLimitIds,
                         TimeInterval collidingUtc, TimeInterval updatedUtc, List<ActivityState> activityStates,
                         Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.requiredList(serviceIds, "ServiceIds");
            RequestChecks.optionalList(serviceOverbookingLimitIds, "ServiceOverbookingLimitIds");
            TimeInterval.validate(collidingUtc, "CollidingUtc", null);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record Result(List<ServiceOverbookingLimit> serviceOverbookingLimits, UUID cursor) {
    }

    public record LimitSetData(Instant firstTimeUnitStartUtc, Instant lastTimeUnitStartUtc, Integer limit) {
    }

    public record SetLimits(UUID enterpriseId, UUID serviceId, List<LimitSetData> setServiceOverbookingLimits) {
        public SetLimits {
            Require.present(serviceId, "ServiceId");
            RequestChecks.requiredList(setServiceOverbookingLimits, "SetServiceOverbookingLimits");
            for (int i = 0; i < setServiceOverbookingLimits.size(); i++) {
                String field = "SetServiceOverbookingLimits[" + i + "]";
                LimitSetData data = Require.present(setServiceOverbookingLimits.get(i), field);
                checkInterval(data.firstTimeUnitStartUtc(), data.lastTimeUnitStartUtc(), field);
                Integer limit = Require.present(data.limit(), field + ".Limit");
                if (limit < 0) {
                    throw new InvalidRequest(field + ".Limit must not be negative.");
                }
            }
        }
    }

    public record LimitClearData(Instant firstTimeUnitStartUtc, Instant lastTimeUnitStartUtc) {
    }

    public record ClearLimits(UUID enterpriseId, UUID serviceId, List<LimitClearData> clearServiceOverbookingLimits) {
        public ClearLimits {
            Require.present(serviceId, "ServiceId");
            RequestChecks.requiredList(clearServiceOverbookingLimits, "ClearServiceOverbookingLimits");
            for (int i = 0; i < clearServiceOverbookingLimits.size(); i++) {
                String field = "ClearServiceOverbookingLimits[" + i + "]";
                LimitClearData data = Require.present(clearServiceOverbookingLimits.get(i), field);
                checkInterval(data.firstTimeUnitStartUtc(), data.lastTimeUnitStartUtc(), field);
            }
        }
    }

    private final Transactions transactions;
    private final OverbookingLimitStore store;
    private final EnterpriseStore enterprises;
    private final Catalogue catalogue;
    private final Supplier<UUID> ids;

    public OverbookingLimitOperations(Transactions transactions, OverbookingLimitStore store,
                                      EnterpriseStore enterprises, Catalogue catalogue, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.ids = ids;
    }

    Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("service_id", request.serviceIds())
                .in("id", request.serviceOverbookingLimitIds())
                .within("updated_utc", request.updatedUtc())
                .eq("is_active", RequestChecks.isActive(request.activityStates(), true));
        if (request.collidingUtc() != null) {
            filter.sql("first_night <= :collidingLast AND last_night >= :collidingFirst", Map.of(
                    "collidingFirst", request.collidingUtc().startUtc().toString().substring(0, 10),
                    "collidingLast", request.collidingUtc().endUtc().toString().substring(0, 10)));
        }
        return transactions.read(handle -> {
            Page<ServiceOverbookingLimit> page = store.page(handle, filter, request.limitation());
            return new Result(page.items(), page.cursor());
        });
    }

    Object set(SetLimits request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> {
            ZoneId zone = zone(tx, enterpriseId, request.serviceId());
            for (int i = 0; i < request.setServiceOverbookingLimits().size(); i++) {
                LimitSetData data = request.setServiceOverbookingLimits().get(i);
                String field = "SetServiceOverbookingLimits[" + i + "]";
                LocalDate first = night(data.firstTimeUnitStartUtc(), zone, field + ".FirstTimeUnitStartUtc");
                LocalDate last = night(data.lastTimeUnitStartUtc(), zone, field + ".LastTimeUnitStartUtc");
                splice(tx, enterpriseId, request.serviceId(), first, last, zone);
                store.insert(tx.handle(), enterpriseId, new ServiceOverbookingLimit(ids.get(), request.serviceId(),
                        first.atStartOfDay(zone).toInstant(), last.atStartOfDay(zone).toInstant(), data.limit(),
                        tx.now(), tx.now(), true), zone);
            }
            return null;
        });
        return null;
    }

    Object clear(ClearLimits request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        transactions.write(tx -> {
            ZoneId zone = zone(tx, enterpriseId, request.serviceId());
            for (int i = 0; i < request.clearServiceOverbookingLimits().size(); i++) {
                LimitClearData data = request.clearServiceOverbookingLimits().get(i);
                String field = "ClearServiceOverbookingLimits[" + i + "]";
                splice(tx, enterpriseId, request.serviceId(),
                        night(data.firstTimeUnitStartUtc(), zone, field + ".FirstTimeUnitStartUtc"),
                        night(data.lastTimeUnitStartUtc(), zone, field + ".LastTimeUnitStartUtc"), zone);
            }
            return null;
        });
        return null;
    }

    /** Takes the nights first..last out of the service's limits: overlapping ones keep only their other nights. */
    private void splice(Tx tx, UUID enterpriseId, UUID serviceId, LocalDate first, LocalDate last, ZoneId zone) {
        for (ServiceOverbookingLimit existing : store.overlapping(tx.handle(), serviceId, first, last)) {
            store.deactivate(tx.handle(), existing, tx.now());
            LocalDate from = LocalDate.ofInstant(existing.firstTimeUnitStartUtc(), zone);
            LocalDate to = LocalDate.ofInstant(existing.lastTimeUnitStartUtc(), zone);
            if (from.isBefore(first)) {
                store.insert(tx.handle(), enterpriseId, new ServiceOverbookingLimit(ids.get(), serviceId,
                        existing.firstTimeUnitStartUtc(), first.minusDays(1).atStartOfDay(zone).toInstant(),
                        existing.limit(), tx.now(), tx.now(), true), zone);
            }
            if (to.isAfter(last)) {
                store.insert(tx.handle(), enterpriseId, new ServiceOverbookingLimit(ids.get(), serviceId,
                        last.plusDays(1).atStartOfDay(zone).toInstant(), existing.lastTimeUnitStartUtc(),
                        existing.limit(), tx.now(), tx.now(), true), zone);
            }
        }
    }

    private ZoneId zone(Tx tx, UUID enterpriseId, UUID serviceId) {
        if (catalogue.enterpriseOfService(tx.handle(), serviceId).filter(enterpriseId::equals).isEmpty()) {
            throw new Forbidden("The service " + serviceId + " was not found.");
        }
        return enterprises.find(tx.handle(), enterpriseId)
                .map(enterprise -> ZoneId.of(enterprise.timeZoneIdentifier()))
                .orElseThrow(() -> new IllegalStateException("Missing enterprise " + enterpriseId));
    }

    private static void checkInterval(Instant first, Instant last, String field) {
        Require.present(first, field + ".FirstTimeUnitStartUtc");
        Require.present(last, field + ".LastTimeUnitStartUtc");
        if (last.isBefore(first)) {
            throw new InvalidRequest(field + ".LastTimeUnitStartUtc must not be before " + field
                    + ".FirstTimeUnitStartUtc.");
        }
    }

    private static LocalDate night(Instant instant, ZoneId zone, String field) {
        var local = instant.atZone(zone);
        if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new InvalidRequest(field + " must be the start of a day in the enterprise's time zone (" + zone
                    + "), such as " + local.toLocalDate().atStartOfDay(zone).toInstant() + ".");
        }
        return local.toLocalDate();
    }
}
