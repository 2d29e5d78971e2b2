package dev.connector.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * {@code resources/getOccupancyState} (restricted): the rooms of up to five room types with their housekeeping
 * state and what occupies them on the enterprise's current day. A room is OutOfOrder when its state says so or an
 * out-of-order block covers now, InternalUse under an internal-use block, Reserved (ReservedLocked when the
 * assignment is locked) when a checked-in guest is in it or a confirmed or optional reservation has it for a night
 * of today, else Vacant. Read-only.
 */
public final class OccupancyOperations {

    /** The spec's occupancy states. */
    public enum OccupancyState {
        Vacant,
        ReservedLocked,
        Reserved,
        InternalUse,
        OutOfOrder
    }

    public record Request(List<UUID> resourceCategoryIds, List<ResourceState> resourceStates,
                          List<OccupancyState> occupancyStates) {
        public Request {
            Require.notEmpty(resourceCategoryIds, "ResourceCategoryIds");
            Require.atMost(resourceCategoryIds, 5, "ResourceCategoryIds");
        }
    }

    public record ResourceOccupancyState(UUID resourceId, ResourceState resourceState, OccupancyState occupancyState) {
    }

    public record CategoryOccupancy(UUID resourceCategoryId, List<ResourceOccupancyState> resourceOccupancyStates) {
    }

    public record Result(List<CategoryOccupancy> resourceCategoryOccupancyStates) {
    }

    private final Transactions transactions;
    private final ResourceStore store;
    private final EnterpriseStore enterprises;
    private final ObjectMapper json;

    OccupancyOperations(Transactions transactions, ResourceStore store, EnterpriseStore enterprises,
                        ObjectMapper json) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.json = json;
    }

    public Result occupancy(Request request, Caller caller) {
        Instant now = caller.now();
        return transactions.read(handle -> {
            Map<UUID, ResourceCategory> categories = new HashMap<>();
            store.allCategories(handle, Filter.where().in("c.id", request.resourceCategoryIds())
                            .in("c.enterprise_id", caller.enterpriseIds()))
                    .forEach(category -> categories.put(category.id(), category));
            List<CategoryOccupancy> result = new ArrayList<>();
            for (int i = 0; i < request.resourceCategoryIds().size(); i++) {
                UUID categoryId = Require.present(request.resourceCategoryIds().get(i), "ResourceCategoryIds[" + i + "]");
                ResourceCategory category = categories.get(categoryId);
                if (category == null) {
                    throw new InvalidRequest("ResourceCategoryIds[" + i + "] " + categoryId
                            + " is not a resource category of the enterprise.");
                }
                result.add(new CategoryOccupancy(categoryId, rooms(handle, category, request, now)));
            }
            return new Result(result);
        });
    }

    private List<ResourceOccupancyState> rooms(Handle handle, ResourceCategory category, Request request,
                                               Instant now) {
        Enterprise enterprise = enterprises.find(handle, category.enterpriseId())
                .orElseThrow(() -> new IllegalStateException("No enterprise " + category.enterpriseId()));
        LocalDate today = now.atZone(ZoneId.of(enterprise.timeZoneIdentifier())).toLocalDate();
        List<UUID> roomIds = store.allAssignments(handle, Filter.where().eq("a.category_id", category.id())
                        .eq("a.is_active", true)).stream()
                .map(ResourceCategoryAssignment::resourceId)
                .toList();
        Map<UUID, Resource> rooms = new HashMap<>();
        store.find(handle, roomIds, List.of(category.enterpriseId())).forEach(room -> rooms.put(room.id(), room));
        Map<UUID, String> blocks = blocks(handle, roomIds, now);
        Map<UUID, Boolean> reserved = reserved(handle, roomIds, today);
        List<ResourceOccupancyState> states = new ArrayList<>();
        for (UUID roomId : roomIds) {
            Resource room = rooms.get(roomId);
            if (room == null || !room.isActive()) {
                continue;
            }
            ResourceState state = ResourceState.valueOf(room.state());
            OccupancyState occupancy;
            if (state == ResourceState.OutOfOrder || ResourceBlock.Type.OutOfOrder.name().equals(blocks.get(roomId))) {
                occupancy = OccupancyState.OutOfOrder;
            } else if (blocks.containsKey(roomId)) {
                occupancy = OccupancyState.InternalUse;
            } else if (reserved.containsKey(roomId)) {
                occupancy = reserved.get(roomId) ? OccupancyState.ReservedLocked : OccupancyState.Reserved;
            } else {
                occupancy = OccupancyState.Vacant;
            }
            boolean stateWanted = request.resourceStates() == null || request.resourceStates().isEmpty()
                    || request.resourceStates().contains(state);
            boolean occupancyWanted = request.occupancyStates() == null || request.occupancyStates().isEmpty()
                    || request.occupancyStates().contains(occupancy);
            if (stateWanted && occupancyWanted) {
                states.add(new ResourceOccupancyState(roomId, state, occupancy));
            }
        }
        return states;
    }

    /** The type of the active block covering now, per room (OutOfOrder wins over InternalUse). */
    private static Map<UUID, String> blocks(Handle handle, List<UUID> roomIds, Instant now) {
        Map<UUID, String> types = new HashMap<>();
        if (roomIds.isEmpty()) {
            return types;
        }
        Filter filter = Filter.where().in("resource_id", roomIds).eq("is_active", true)
                .sql("start_utc <= :now AND end_utc >= :now", Map.of("now", now));
        filter.bind(handle.createQuery("SELECT resource_id, type FROM resource_blocks WHERE " + filter.conditions()))
                .map((rs, ctx) -> Map.entry(UUID.fromString(rs.getString("resource_id")), rs.getString("type")))
                .forEach(entry -> types.merge(entry.getKey(), entry.getValue(),
                        (first, second) -> ResourceBlock.Type.OutOfOrder.name().equals(first) ? first : second));
        return types;
    }

    /**
     * Rooms held today by a reservation, with whether the assignment is locked. Read from the reservations table,
     * which is written by the reservations feature (installed after this one, so it cannot be asked directly).
     */
    private Map<UUID, Boolean> reserved(Handle handle, List<UUID> roomIds, LocalDate today) {
        Map<UUID, Boolean> held = new HashMap<>();
        if (roomIds.isEmpty()) {
            return held;
        }
        Filter filter = Filter.where().in("assigned_resource_id", roomIds)
                .sql("(state = 'Started' OR (state IN ('Confirmed', 'Optional') AND first_night <= :today "
                        + "AND last_night >= :today))", Map.of("today", today.toString()));
        filter.bind(handle.createQuery("SELECT assigned_resource_id, doc FROM reservations WHERE "
                        + filter.conditions()))
                .map((rs, ctx) -> Map.entry(UUID.fromString(rs.getString("assigned_resource_id")),
                        locked(rs.getString("doc"))))
                .forEach(entry -> held.merge(entry.getKey(), entry.getValue(), Boolean::logicalOr));
        return held;
    }

    private boolean locked(String doc) {
        try {
            JsonNode node = json.readTree(doc);
            JsonNode locked = node.has("AssignedResourceLocked") ? node.get("AssignedResourceLocked")
                    : node.path("assignedResourceLocked");
            return locked.asBoolean(false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored reservation: " + doc, e);
        }
    }
}
