package dev.connector.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/** resources/getAll, resources/update, resourceCategories/getAll and resourceCategoryAssignments/getAll. */
public final class ResourceOperations {

    public record GetAllCategories(List<UUID> enterpriseIds, List<UUID> resourceCategoryIds, List<UUID> serviceIds,
                                   TimeInterval updatedUtc, List<ActivityState> activityStates,
                                   Limitation limitation) {
        public GetAllCategories {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(resourceCategoryIds, "ResourceCategoryIds");
            RequestChecks.requiredList(serviceIds, "ServiceIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record CategoryResult(List<ResourceCategory> resourceCategories, UUID cursor) {
    }

    public record GetAllAssignments(List<UUID> enterpriseIds, List<UUID> resourceCategoryAssignmentIds,
                                    List<UUID> resourceCategoryIds, List<UUID> resourceIds, TimeInterval updatedUtc,
                                    List<ActivityState> activityStates, Limitation limitation) {
        public GetAllAssignments {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            Require.atMost(resourceCategoryAssignmentIds, 1000, "ResourceCategoryAssignmentIds");
            Require.present(resourceCategoryIds, "ResourceCategoryIds");
            Require.atMost(resourceCategoryIds, 1000, "ResourceCategoryIds");
            RequestChecks.optionalList(resourceIds, "ResourceIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record AssignmentResult(List<ResourceCategoryAssignment> resourceCategoryAssignments, UUID cursor) {
    }

    /** Which parts resources/getAll returns; the deprecated parts only when asked for. */
    public record Extent(Boolean resources, Boolean resourceCategories, Boolean resourceCategoryAssignments,
                         Boolean resourceCategoryImageAssignments, Boolean resourceFeatures,
                         Boolean resourceFeatureAssignments, Boolean inactive) {

        static final Extent DEFAULT = new Extent(true, false, false, false, false, false, false);

        static boolean asked(Boolean flag) {
            return Boolean.TRUE.equals(flag);
        }
    }

    public record GetAllResources(List<UUID> enterpriseIds, List<UUID> resourceIds, List<String> names, Extent extent,
                                  TimeInterval createdUtc, TimeInterval updatedUtc, Limitation limitation) {
        public GetAllResources {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(resourceIds, "ResourceIds");
            RequestChecks.optionalList(names, "Names");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            extent = extent == null ? Extent.DEFAULT : extent;
        }
    }

    /** The resources/getAll result; parts not asked for are null. */
    public record ResourceResult(List<?> resources, List<ResourceCategory> resourceCategories,
                                 List<ResourceCategoryAssignment> resourceCategoryAssignments,
                                 List<Object> resourceCategoryImageAssignments, List<Object> resourceFeatures,
                                 List<Object> resourceFeatureAssignments, UUID cursor) {
    }

    public record UpdateResources(List<ResourceUpdate> resourceUpdates) {
        public UpdateResources {
            RequestChecks.requiredList(resourceUpdates, "ResourceUpdates");
            for (int i = 0; i < resourceUpdates.size(); i++) {
                Require.present(resourceUpdates.get(i), "ResourceUpdates[" + i + "]");
                Require.present(resourceUpdates.get(i).resourceId(), "ResourceUpdates[" + i + "].ResourceId");
            }
        }
    }

    /** One resource's changes; a null field leaves that part as it is. */
    public record ResourceUpdate(UUID resourceId, UpdateValue<String> name, UpdateValue<UUID> parentResourceId,
                                 ObjectNode data, UpdateValue<ResourceState> state, UpdateValue<String> stateReason) {
    }

    private final Transactions transactions;
    private final ResourceStore store;

    public ResourceOperations(Transactions transactions, ResourceStore store) {
        this.transactions = transactions;
        this.store = store;
    }


    CategoryResult categories(GetAllCategories request, Caller caller) {
        Filter filter = Filter.where()
                .in("c.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("c.service_id", request.serviceIds())
                .in("c.id", request.resourceCategoryIds())
                .within("c.updated_utc", request.updatedUtc())
                .eq("c.is_active", RequestChecks.isActive(request.activityStates(), null));
        Page<ResourceCategory> page = transactions.read(handle -> store.categories(handle, filter, request.limitation()));
        return new CategoryResult(page.items(), page.cursor());
    }

    AssignmentResult assignments(GetAllAssignments request, Caller caller) {
        Filter filter = Filter.where()
                .in("a.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("a.category_id", request.resourceCategoryIds())
                .in("a.id", request.resourceCategoryAssignmentIds())
                .in("a.resource_id", request.resourceIds())
                .within("a.updated_utc", request.updatedUtc())
                .eq("a.is_active", RequestChecks.isActive(request.activityStates(), null));
        Page<ResourceCategoryAssignment> page =
                transactions.read(handle -> store.assignments(handle, filter, request.limitation()));
        return new AssignmentResult(page.items(), page.cursor());
    }

    ResourceResult resources(GetAllResources request, Caller caller) {
        List<UUID> enterpriseIds = caller.enterprises(request.enterpriseIds());
        Extent extent = request.extent();
        boolean inactiveToo = Extent.asked(extent.inactive());
        Filter filter = Filter.where()
                .in("r.enterprise_id", enterpriseIds)
                .in("r.id", request.resourceIds())
                .in("r.name", request.names())
                .within("r.created_utc", request.createdUtc())
                .within("r.updated_utc", request.updatedUtc())
                .eq("r.is_active", inactiveToo ? null : Boolean.TRUE);
        return transactions.read(handle -> {
            // Assignments are looked up by the page's resources, read as records; otherwise the stored documents
            // are served as they are.
            boolean assignmentsAsked = Extent.asked(extent.resourceCategoryAssignments());
            Page<?> page;
            List<ResourceCategoryAssignment> assignments = null;
            if (assignmentsAsked) {
                Page<Resource> resources = store.resources(handle, filter, request.limitation());
                assignments = store.allAssignments(handle, Filter.where()
                        .in("a.resource_id", resources.items().stream().map(Resource::id).toList())
                        .eq("a.is_active", inactiveToo ? null : Boolean.TRUE));
                page = resources;
            } else {
                page = store.resourceDocuments(handle, filter, request.limitation());
            }
            List<ResourceCategory> categories = null;
            if (Extent.asked(extent.resourceCategories())) {
                categories = store.allCategories(handle, Filter.where().in("c.enterprise_id", enterpriseIds)
                        .eq("c.is_active", inactiveToo ? null : Boolean.TRUE));
            }
            return new ResourceResult(
                    extent.resources() == null || extent.resources() ? page.items() : null,
                    categories,
                    assignments,
                    Extent.asked(extent.resourceCategoryImageAssignments()) ? List.of() : null,
                    Extent.asked(extent.resourceFeatures()) ? List.of() : null,
                    Extent.asked(extent.resourceFeatureAssignments()) ? List.of() : null,
                    page.cursor());
        });
    }

    Object update(UpdateResources request, Caller caller) {
        transactions.write(tx -> {
            for (int i = 0; i < request.resourceUpdates().size(); i++) {
                apply(tx, request.resourceUpdates().get(i), "ResourceUpdates[" + i + "]", caller);
            }
            return null;
        });
        return null;
    }

    private void apply(Tx tx, ResourceUpdate update, String field, Caller caller) {
        Resource current = store.find(tx.handle(), update.resourceId())
                .filter(resource -> caller.enterpriseIds().contains(resource.enterpriseId()))
                .orElseThrow(() -> new Forbidden("The resource " + update.resourceId() + " was not found."));
        String name = current.name();
        if (update.name() != null) {
            name = Require.text(update.name().value(), field + ".Name.Value");
            Require.maxLength(name, 255, field + ".Name.Value");
        }
        UUID parentId = UpdateValue.apply(update.parentResourceId(), current.parentResourceId());
        if (parentId != null && !parentId.equals(current.parentResourceId())) {
            UUID checkedParent = parentId;
            if (checkedParent.equals(current.id())) {
                throw new Forbidden("A resource cannot be its own parent.");
            }
            store.find(tx.handle(), checkedParent)
                    .filter(parent -> parent.enterpriseId().equals(current.enterpriseId()))
                    .orElseThrow(() -> new Forbidden("The parent resource " + checkedParent + " was not found."));
        }
        Resource.Data data = update.data() == null || update.data().isNull()
                ? current.data() : data(update.data(), current.data(), field + ".Data");
        String state = current.state();
        if (update.state() != null) {
            state = Require.present(update.state().value(), field + ".State.Value").name();
        }
        Resource changed = new Resource(current.id(), current.enterpriseId(), current.isActive(), parentId, name, state,
                current.descriptions(), current.createdUtc(), current.updatedUtc(), data, current.externalNames(),
                current.directions());
        if (changed.equals(current)) {
            return;
        }
        Resource updated = changed.withState(state, tx.now());
        store.update(tx.handle(), updated);
        tx.emit(new DomainEvent.ResourceUpdated(updated.enterpriseId(), updated.id(), updated.state()));
    }

    /** Space data as sent: each field either plain ({@code "1"}) or as an update value ({@code {"Value": "1"}}). */
    private static Resource.Data data(JsonNode data, Resource.Data current, String field) {
        if (!data.isObject()) {
            throw new InvalidRequest(field + " must be an object.");
        }
        String discriminator = text(data.get("Discriminator"), field + ".Discriminator", null);
        if (discriminator == null) {
            throw new InvalidRequest(field + ".Discriminator is required.");
        }
        if (!List.of("Space", "Object", "Person").contains(discriminator)) {
            throw new InvalidRequest(field + ".Discriminator must be Space, Object or Person.");
        }
        if (!discriminator.equals(current.discriminator())) {
            throw new Forbidden("The kind of a resource cannot be changed from " + current.discriminator() + " to "
                    + discriminator + ".");
        }
        JsonNode value = data.get("Value");
        if (value == null || value.isNull()) {
            return current;
        }
        if (!value.isObject()) {
            throw new InvalidRequest(field + ".Value must be an object.");
        }
        Resource.SpaceData space = current.value();
        String floor = text(value.get("FloorNumber"), field + ".Value.FloorNumber", space.floorNumber());
        if (floor == null || floor.isBlank()) {
            throw new InvalidRequest(field + ".Value.FloorNumber must not be empty.");
        }
        String notes = text(value.get("LocationNotes"), field + ".Value.LocationNotes", space.locationNotes());
        return new Resource.Data(discriminator, new Resource.SpaceData(floor, notes));
    }

    private static String text(JsonNode node, String field, String current) {
        if (node == null) {
            return current;
        }
        JsonNode value = node.isObject() ? node.get("Value") : node;
        if (node.isObject() && !node.has("Value")) {
            return current;
        }
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRequest(field + " must be a string.");
        }
        return value.textValue();
    }
}
