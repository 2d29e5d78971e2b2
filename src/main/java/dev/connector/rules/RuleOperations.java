package dev.connector.rules;

import dev.connector.api.Caller;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.rates.Rate;
import dev.connector.rates.RateStore;
import dev.connector.resources.ResourceCategory;
import dev.connector.resources.ResourceStore;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@code rules/getAll}: the reservation rules of services, with the rates and categories their conditions name. */
public final class RuleOperations {

    private final Transactions transactions;
    private final RuleStore store;
    private final RateStore rates;
    private final ResourceStore resources;

    public RuleOperations(Transactions transactions, RuleStore store, RateStore rates, ResourceStore resources) {
        this.transactions = transactions;
        this.store = store;
        this.rates = rates;
        this.resources = resources;
    }

    public record Extent(Boolean ruleActions, Boolean rates, Boolean rateGroups, Boolean resourceCategories,
                         Boolean businessSegments) {
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> ids,
                                List<UUID> serviceIds, TimeInterval updatedUtc, Extent extent) {
        public GetAllRequest {
            Require.notEmpty(serviceIds, "ServiceIds");
            Require.atMost(serviceIds, 1000, "ServiceIds");
            Require.atMost(enterpriseIds, 1000, "EnterpriseIds");
            Require.atMost(ids, 1000, "Ids");
            Require.present(extent, "Extent");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    /** A rate as rule extents show it: the rate without its pricing details. */
    public record RateForExtent(UUID id, UUID groupId, UUID serviceId, UUID baseRateId, boolean isBaseRate,
                                UUID businessSegmentId, boolean isActive, boolean isEnabled, boolean isPublic,
                                String type, String name, Map<String, String> names, String shortName,
                                Instant updatedUtc, Map<String, String> externalNames,
                                Map<String, String> description, String externalIdentifier) {

        static RateForExtent of(Rate rate) {
            return new RateForExtent(rate.id(), rate.groupId(), rate.serviceId(), rate.baseRateId(),
                    rate.isBaseRate(), rate.businessSegmentId(), rate.isActive(), rate.isEnabled(), rate.isPublic(),
                    rate.type(), rate.name(), rate.names(), rate.shortName(), rate.updatedUtc(), rate.externalNames(),
                    rate.description(), rate.externalIdentifier());
        }
    }

    public record Result(List<Rule> rules, List<Rule.Action> ruleActions, List<RateForExtent> rates,
                         List<RateStore.RateGroup> rateGroups, List<ResourceCategory> resourceCategories,
                         List<Object> businessSegments, UUID cursor) {
    }

    public Result getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Filter filter = Filter.where()
                .in("r.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("r.service_id", request.serviceIds())
                .in("r.id", request.ids())
                .within("r.updated_utc", request.updatedUtc());
        Extent extent = request.extent();
        return transactions.read(handle -> {
            Page<Rule.Stored> page = store.page(handle, filter, limitation);
            List<Rule> rules = page.items().stream().map(Rule.Stored::rule).toList();
            Set<UUID> rateIds = new LinkedHashSet<>();
            Set<UUID> groupIds = new LinkedHashSet<>();
            Set<UUID> categoryIds = new LinkedHashSet<>();
            for (Rule rule : rules) {
                Rule.Conditions conditions = rule.conditions();
                if (conditions != null) {
                    add(rateIds, conditions.rateId());
                    add(groupIds, conditions.rateGroupId());
                    add(categoryIds, conditions.resourceCategoryId());
                }
            }
            List<Rule.Action> actions = Boolean.TRUE.equals(extent.ruleActions())
                    ? page.items().stream().flatMap(stored -> stored.actions().stream()).toList() : null;
            List<RateForExtent> rateList = null;
            if (Boolean.TRUE.equals(extent.rates())) {
                rateList = rateIds.isEmpty() ? List.of() : rates.rates(handle, Filter.where().in("r.id", rateIds),
                        new Limitation(Limitation.MAX_COUNT, null)).items().stream().map(RateForExtent::of).toList();
            }
            List<RateStore.RateGroup> groups = Boolean.TRUE.equals(extent.rateGroups())
                    ? (groupIds.isEmpty() ? List.of() : rates.groups(handle, Filter.where().in("id", groupIds)))
                    : null;
            List<ResourceCategory> categories = Boolean.TRUE.equals(extent.resourceCategories())
                    ? (categoryIds.isEmpty() ? List.of() : resources.categories(handle,
                            Filter.where().in("c.id", categoryIds), new Limitation(Limitation.MAX_COUNT, null)).items())
                    : null;
            List<Object> segments = Boolean.TRUE.equals(extent.businessSegments()) ? List.of() : null;
            return new Result(rules, actions, rateList, groups, categories, segments, page.cursor());
        });
    }

    private static void add(Set<UUID> ids, Rule.Condition condition) {
        if (condition != null && condition.value() != null) {
            try {
                ids.add(UUID.fromString(condition.value()));
            } catch (IllegalArgumentException notAnId) {
                // Conditions on names (origin, category type) are not ids.
            }
        }
    }
}
