package dev.connector.resources;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.DomainEvent;
import dev.connector.events.Transactions;
import dev.connector.services.RequestChecks;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** resourceBlocks/getAll, resourceBlocks/add and resourceBlocks/delete; every change emits ResourceBlockUpdated. */
public final class ResourceBlockOperations {

    /** The longest block we accept: long enough for a renovation, short enough to catch a typo in the year. */
    static final Duration MAX_BLOCK = Duration.ofDays(5 * 366);

    /** Deprecated form of ActivityStates: Inactive true returns deleted blocks too. */
    public record Extent(Boolean inactive) {
    }

    public record GetAllBlocks(List<UUID> enterpriseIds, Extent extent, List<UUID> resourceBlockIds,
                               List<UUID> assignedResourceIds, List<ActivityState> activityStates,
                               TimeInterval collidingUtc, TimeInterval createdUtc, TimeInterval updatedUtc,
                               Limitation limitation) {
        public GetAllBlocks {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(resourceBlockIds, "ResourceBlockIds");
            RequestChecks.optionalList(assignedResourceIds, "AssignedResourceIds");
            TimeInterval.validate(collidingUtc, "CollidingUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }

        Boolean isActive() {
            if (activityStates == null && extent != null && Boolean.TRUE.equals(extent.inactive())) {
                return null;
            }
            return RequestChecks.isActive(activityStates, Boolean.TRUE);
        }
    }

    public record BlockResult(List<ResourceBlock> resourceBlocks, UUID cursor) {
    }

    public record AddBlocks(List<NewBlock> resourceBlocks) {
        public AddBlocks {
            RequestChecks.requiredList(resourceBlocks, "ResourceBlocks");
            for (int i = 0; i < resourceBlocks.size(); i++) {
                String field = "ResourceBlocks[" + i + "]";
                NewBlock block = Require.present(resourceBlocks.get(i), field);
                Require.present(block.resourceId(), field + ".ResourceId");
                Require.text(block.name(), field + ".Name");
                Require.maxLength(block.name(), 255, field + ".Name");
                Require.present(block.type(), field + ".Type");
                Require.present(block.startUtc(), field + ".StartUtc");
                Require.present(block.endUtc(), field + ".EndUtc");
                if (!block.endUtc().isAfter(block.startUtc())) {
                    throw new InvalidRequest(field + ".EndUtc must be after " + field + ".StartUtc.");
                }
                if (Duration.between(block.startUtc(), block.endUtc()).compareTo(MAX_BLOCK) > 0) {
                    throw new InvalidRequest(field + " must not be longer than five years.");
                }
            }
        }
    }

    public record NewBlock(UUID resourceId, String name, ResourceBlock.Type type, java.time.Instant startUtc,
                           java.time.Instant endUtc, String notes) {
    }

    public record DeleteBlocks(List<UUID> resourceBlockIds) {
        public DeleteBlocks {
            RequestChecks.requiredList(resourceBlockIds, "ResourceBlockIds");
        }
    }

    private final Transactions transactions;
    private final ResourceStore resources;
    private final ResourceBlockStore blocks;
    private final Supplier<UUID> ids;

    public ResourceBlockOperations(Transactions transactions, ResourceStore resources, ResourceBlockStore blocks,
                             Supplier<UUID> ids) {
        this.transactions = transactions;
        this.resources = resources;
        this.blocks = blocks;
        this.ids = ids;
    }


    BlockResult getAll(GetAllBlocks request, Caller caller) {
        Filter filter = Filter.where()
                .in("b.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("b.id", request.resourceBlockIds())
                .in("b.resource_id", request.assignedResourceIds())
                .overlapping("b.start_utc", "b.end_utc", request.collidingUtc())
                .within("b.created_utc", request.createdUtc())
                .within("b.updated_utc", request.updatedUtc())
                .eq("b.is_active", request.isActive());
        Page<ResourceBlock> page = transactions.read(handle -> blocks.blocks(handle, filter, request.limitation()));
        return new BlockResult(page.items(), page.cursor());
    }

    BlockResult add(AddBlocks request, Caller caller) {
        return transactions.write(tx -> {
            List<UUID> resourceIds = request.resourceBlocks().stream().map(NewBlock::resourceId).distinct().toList();
            Map<UUID, Resource> found = resources.find(tx.handle(), resourceIds, caller.enterpriseIds()).stream()
                    .collect(Collectors.toMap(Resource::id, Function.identity()));
            List<ResourceBlock> added = new ArrayList<>();
            for (NewBlock block : request.resourceBlocks()) {
                Resource resource = found.get(block.resourceId());
                if (resource == null) {
                    throw new Forbidden("The resource " + block.resourceId() + " was not found.");
                }
                ResourceBlock created = new ResourceBlock(ids.get(), resource.enterpriseId(), resource.id(), true,
                        block.type(), block.startUtc(), block.endUtc(), tx.now(), tx.now(), null, block.name(),
                        block.notes());
                blocks.insert(tx.handle(), created);
                tx.emit(new DomainEvent.ResourceBlockUpdated(created.enterpriseId(), created.id()));
                added.add(created);
            }
            return new BlockResult(added, null);
        });
    }

    Object delete(DeleteBlocks request, Caller caller) {
        transactions.write(tx -> {
            List<UUID> wanted = new ArrayList<>(new LinkedHashSet<>(request.resourceBlockIds()));
            Map<UUID, ResourceBlock> found = blocks.find(tx.handle(), wanted, caller.enterpriseIds()).stream()
                    .collect(Collectors.toMap(ResourceBlock::id, Function.identity()));
            for (UUID id : wanted) {
                ResourceBlock block = found.get(id);
                if (block == null) {
                    throw new Forbidden("The resource block " + id + " was not found.");
                }
                if (!block.isActive()) {
                    continue;
                }
                ResourceBlock deleted = block.deleted(tx.now());
                blocks.update(tx.handle(), deleted);
                tx.emit(new DomainEvent.ResourceBlockUpdated(deleted.enterpriseId(), deleted.id()));
            }
            return null;
        });
        return null;
    }
}
