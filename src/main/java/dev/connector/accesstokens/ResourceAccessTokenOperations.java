package dev.connector.accesstokens;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.companions.Companionship;
import dev.connector.companions.CompanionshipStore;
import dev.connector.events.Transactions;
import dev.connector.reservations.Reservation;
import dev.connector.reservations.ReservationStore;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * {@code resourceAccessTokens/add|update|delete|getAll}: keys and door codes of a reservation's room, valid for an
 * interval inside the stay. Deleting a token, or checking out or canceling its reservation, deactivates it. Door-lock
 * systems poll for them; no webhook event exists for tokens, so none is written.
 */
public final class ResourceAccessTokenOperations {

    private final Transactions transactions;
    private final ResourceAccessTokenStore store;
    private final ReservationStore reservations;
    private final CompanionshipStore companions;
    private final Supplier<UUID> ids;

    public ResourceAccessTokenOperations(Transactions transactions, ResourceAccessTokenStore store,
                                         ReservationStore reservations, CompanionshipStore companions,
                                         Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.reservations = reservations;
        this.companions = companions;
        this.ids = ids;
    }

    /** A permission flag as the API sends it: {@code {"Value": true}}. */
    public record Flag(Boolean value) {
    }

    public record PermissionsParameters(Flag bed, Flag room, Flag floor, Flag building) {
    }

    public record AddParameters(UUID serviceOrderId, UUID companionshipId, UUID resourceId, String value, String type,
                                String serialNumber, String validityStartUtc, String validityEndUtc,
                                PermissionsParameters permissions) {
    }

    public record AddRequest(List<AddParameters> resourceAccessTokenParameters) {
        public AddRequest {
            Require.notEmpty(resourceAccessTokenParameters, "ResourceAccessTokenParameters");
            Require.atMost(resourceAccessTokenParameters, 1000, "ResourceAccessTokenParameters");
        }
    }

    public record Result(List<ResourceAccessToken> resourceAccessTokens, UUID cursor) {
    }

    public Result add(AddRequest request, Caller caller) {
        return transactions.write(tx -> {
            List<ResourceAccessToken> added = new ArrayList<>();
            List<AddParameters> all = request.resourceAccessTokenParameters();
            for (int i = 0; i < all.size(); i++) {
                String field = "ResourceAccessTokenParameters[" + i + "]";
                AddParameters parameters = Require.present(all.get(i), field);
                Reservation reservation = reservation(tx.handle(), caller,
                        Require.present(parameters.serviceOrderId(), field + ".ServiceOrderId"), field);
                ResourceAccessToken.TokenType type = type(Require.text(parameters.type(), field + ".Type"), field);
                if (parameters.companionshipId() != null && companions.ofReservation(tx.handle(), reservation.id())
                        .stream().map(Companionship::id).noneMatch(parameters.companionshipId()::equals)) {
                    throw new InvalidRequest(field + ".CompanionshipId " + parameters.companionshipId()
                            + " is not a companionship of reservation " + reservation.number() + ".");
                }
                UUID roomId = reservation.assignedResourceId();
                if (roomId == null) {
                    throw new Forbidden("Reservation " + reservation.number()
                            + " has no room assigned; assign a room before issuing a key.");
                }
                if (parameters.resourceId() != null && !parameters.resourceId().equals(roomId)) {
                    throw new Forbidden("Reservation " + reservation.number()
                            + " is not assigned to that room; a key can only open the guest's own room.");
                }
                Instant start = instant(parameters.validityStartUtc(), field + ".ValidityStartUtc",
                        reservation.scheduledStartUtc());
                Instant end = instant(parameters.validityEndUtc(), field + ".ValidityEndUtc",
                        reservation.scheduledEndUtc());
                requireInsideStay(reservation, start, end);
                Require.maxLength(parameters.value(), 255, field + ".Value");
                ResourceAccessToken token = new ResourceAccessToken(ids.get(), reservationEnterprise(tx.handle(),
                        reservation), reservation.id(), parameters.companionshipId(), roomId, type, parameters.value(),
                        parameters.serialNumber(), start, end,
                        permissions(parameters.permissions(), new ResourceAccessToken.Permissions(false, true, false,
                                false)),
                        tx.now(), tx.now(), true);
                store.insert(tx.handle(), token);
                added.add(token);
            }
            return new Result(added, null);
        });
    }

    public record UpdateParameters(UUID resourceAccessTokenId, UpdateValue<String> validityStartUtc,
                                   UpdateValue<String> validityEndUtc, UpdateValue<String> value,
                                   PermissionsParameters permissions) {
    }

    public record UpdateRequest(UUID enterpriseId, List<UpdateParameters> resourceAccessTokenUpdates) {
        public UpdateRequest {
            Require.notEmpty(resourceAccessTokenUpdates, "ResourceAccessTokenUpdates");
            Require.atMost(resourceAccessTokenUpdates, 1000, "ResourceAccessTokenUpdates");
        }
    }

    public Result update(UpdateRequest request, Caller caller) {
        List<UUID> enterpriseIds = request.enterpriseId() == null ? caller.enterpriseIds()
                : List.of(caller.enterpriseId(request.enterpriseId()));
        return transactions.write(tx -> {
            List<ResourceAccessToken> updated = new ArrayList<>();
            List<UpdateParameters> all = request.resourceAccessTokenUpdates();
            for (int i = 0; i < all.size(); i++) {
                String field = "ResourceAccessTokenUpdates[" + i + "]";
                UpdateParameters change = Require.present(all.get(i), field);
                UUID id = Require.present(change.resourceAccessTokenId(), field + ".ResourceAccessTokenId");
                ResourceAccessToken token = store.byIds(tx.handle(), List.of(id)).stream()
                        .filter(found -> enterpriseIds.contains(found.enterpriseId()))
                        .findFirst()
                        .orElseThrow(() -> new InvalidRequest(field + ".ResourceAccessTokenId " + id
                                + " is not a resource access token of the enterprise."));
                if (!token.isActive()) {
                    throw new Forbidden("The key is no longer active (deleted, or the guest checked out); issue a "
                            + "new one instead.");
                }
                Reservation reservation = reservations.find(tx.handle(), token.enterpriseId(), token.serviceOrderId())
                        .orElseThrow(() -> new IllegalStateException("Token " + id + " without its reservation"));
                Instant start = change.validityStartUtc() == null ? token.validityStartUtc()
                        : instant(change.validityStartUtc().value(), field + ".ValidityStartUtc",
                                reservation.scheduledStartUtc());
                Instant end = change.validityEndUtc() == null ? token.validityEndUtc()
                        : instant(change.validityEndUtc().value(), field + ".ValidityEndUtc",
                                reservation.scheduledEndUtc());
                requireInsideStay(reservation, start, end);
                String value = UpdateValue.apply(change.value(), token.value());
                Require.maxLength(value, 255, field + ".Value");
                ResourceAccessToken changed = new ResourceAccessToken(token.id(), token.enterpriseId(),
                        token.serviceOrderId(), token.companionshipId(), token.resourceId(), token.type(), value,
                        token.serialNumber(), start, end, permissions(change.permissions(), token.permissions()),
                        token.createdUtc(), tx.now(), true);
                store.update(tx.handle(), changed);
                updated.add(changed);
            }
            return new Result(updated, null);
        });
    }

    public record DeleteRequest(List<UUID> ids) {
        public DeleteRequest {
            Require.notEmpty(ids, "Ids");
            Require.atMost(ids, 1000, "Ids");
        }
    }

    public Object delete(DeleteRequest request, Caller caller) {
        return transactions.write(tx -> {
            List<ResourceAccessToken> found = store.byIds(tx.handle(), request.ids()).stream()
                    .filter(token -> caller.enterpriseIds().contains(token.enterpriseId()))
                    .toList();
            for (UUID id : request.ids()) {
                if (found.stream().noneMatch(token -> token.id().equals(id))) {
                    throw new InvalidRequest("Ids contains " + id + ", which is not a resource access token of the "
                            + "enterprise.");
                }
            }
            for (ResourceAccessToken token : found) {
                if (token.isActive()) {
                    store.update(tx.handle(), token.deactivated(tx.now()));
                }
            }
            return null;
        });
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> resourceAccessTokenIds,
                                List<UUID> serviceOrderIds, TimeInterval collidingUtc, TimeInterval updatedUtc,
                                List<ActivityState> activityStates) {
        public GetAllRequest {
            Require.atMost(enterpriseIds, 1000, "EnterpriseIds");
            Require.atMost(resourceAccessTokenIds, 1000, "ResourceAccessTokenIds");
            Require.atMost(serviceOrderIds, 1000, "ServiceOrderIds");
            TimeInterval.validate(collidingUtc, "CollidingUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            if (resourceAccessTokenIds == null && serviceOrderIds == null && collidingUtc == null
                    && updatedUtc == null) {
                throw new InvalidRequest("One of ResourceAccessTokenIds, ServiceOrderIds, CollidingUtc or UpdatedUtc "
                        + "is required.");
            }
        }
    }

    public Result getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Filter filter = Filter.where()
                .in("t.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("t.id", request.resourceAccessTokenIds())
                .in("t.service_order_id", request.serviceOrderIds())
                .overlapping("t.validity_start_utc", "t.validity_end_utc", request.collidingUtc());
        TimeInterval updated = request.updatedUtc();
        if (updated != null) {
            // A token an ended reservation deactivated changed when the reservation did.
            filter.sql("((t.updated_utc >= :updatedStart AND t.updated_utc <= :updatedEnd) OR (r.state IN "
                            + "('Processed', 'Canceled') AND r.updated_utc >= :updatedStart "
                            + "AND r.updated_utc <= :updatedEnd))",
                    Map.of("updatedStart", updated.startUtc(), "updatedEnd", updated.endUtc()));
        }
        ResourceAccessTokenStore.activity(filter, ActivityState.isActive(request.activityStates()));
        Page<ResourceAccessToken> page = transactions.read(handle -> store.page(handle, filter, limitation));
        return new Result(page.items(), page.cursor());
    }

    private Reservation reservation(Handle handle, Caller caller, UUID reservationId, String field) {
        UUID enterpriseId = reservations.enterpriseOf(handle, reservationId)
                .filter(caller.enterpriseIds()::contains)
                .orElseThrow(() -> new InvalidRequest(field + ".ServiceOrderId " + reservationId
                        + " is not a reservation of the enterprise."));
        Reservation reservation = reservations.find(handle, enterpriseId, reservationId).orElseThrow();
        if (ResourceAccessTokenStore.ENDED.contains(reservation.state().name())) {
            throw new Forbidden("Reservation " + reservation.number() + " is " + reservation.state().name()
                    + "; keys can only be issued for a stay that has not ended.");
        }
        return reservation;
    }

    private UUID reservationEnterprise(Handle handle, Reservation reservation) {
        return reservations.enterpriseOf(handle, reservation.id()).orElseThrow();
    }

    private static void requireInsideStay(Reservation reservation, Instant start, Instant end) {
        if (!start.isBefore(end)) {
            throw new InvalidRequest("ValidityStartUtc must be before ValidityEndUtc.");
        }
        Instant stayStart = reservation.startUtc();
        if (start.isBefore(stayStart) || end.isAfter(reservation.scheduledEndUtc())) {
            throw new Forbidden("A key of reservation " + reservation.number() + " can only be valid during the stay, "
                    + "from " + stayStart + " to " + reservation.scheduledEndUtc() + ".");
        }
    }

    private static ResourceAccessToken.TokenType type(String type, String field) {
        try {
            return ResourceAccessToken.TokenType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field + ".Type must be PinCode or RfidTag.");
        }
    }

    private static Instant instant(String text, String field, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + " must be a UTC date and time like 2030-01-01T14:00:00Z.");
        }
    }

    private static ResourceAccessToken.Permissions permissions(PermissionsParameters change,
                                                               ResourceAccessToken.Permissions current) {
        if (change == null) {
            return current;
        }
        return new ResourceAccessToken.Permissions(flag(change.bed(), current.bed()),
                flag(change.room(), current.room()), flag(change.floor(), current.floor()),
                flag(change.building(), current.building()));
    }

    private static boolean flag(Flag flag, boolean current) {
        return flag == null || flag.value() == null ? current : flag.value();
    }
}
