package dev.connector.routingrules;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.companies.CompanyStore;
import dev.connector.events.Transactions;
import dev.connector.routingrules.RoutingRule.Applicability;
import dev.connector.routingrules.RoutingRule.CompanyRelation;
import dev.connector.routingrules.RoutingRule.RouteType;
import dev.connector.routingrules.RoutingRule.StayItems;
import dev.connector.services.RequestChecks;
import dev.connector.services.ServiceStore;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * {@code routingRules/add|getAll|update|delete}. A rule takes effect for items posted after it is saved: new
 * reservations with the company get their nights on the company's bill. Routing rules have no events.
 */
public final class RoutingRuleOperations {

    private static final int MAX_ITEMS = 1000;

    public record StayItemsParameters(Boolean nights, Boolean cityTax, List<UUID> productCategoryIds) {
    }

    public record RuleParameters(UUID companyId, UUID serviceId, CompanyRelation companyRelation,
                                 Applicability applicability, RouteType routeType, RouteType assignmentTargetType,
                                 StayItemsParameters selectedStayItems) {
    }

    public record Add(List<RuleParameters> routingRules) {
        public Add {
            Require.notEmpty(routingRules, "RoutingRules");
            Require.atMost(routingRules, MAX_ITEMS, "RoutingRules");
            for (int i = 0; i < routingRules.size(); i++) {
                String at = "RoutingRules[" + i + "]";
                RuleParameters rule = Require.present(routingRules.get(i), at);
                Require.present(rule.companyId(), at + ".CompanyId");
                Require.present(rule.serviceId(), at + ".ServiceId");
                Require.present(rule.companyRelation(), at + ".CompanyRelation");
                Require.present(rule.applicability(), at + ".Applicability");
                Require.present(rule.routeType(), at + ".RouteType");
                if (rule.routeType() == RouteType.SelectedStayItems && rule.selectedStayItems() == null) {
                    throw new InvalidRequest(at + ".SelectedStayItems is required when RouteType is SelectedStayItems.");
                }
            }
        }
    }

    public record GetAll(Limitation limitation, List<UUID> enterpriseIds, List<UUID> companyIds,
                         List<UUID> routingRuleIds, TimeInterval updatedUtc) {
        public GetAll {
            Limitation.required(limitation);
            RequestChecks.optionalList(enterpriseIds, "EnterpriseIds");
            RequestChecks.optionalList(companyIds, "CompanyIds");
            RequestChecks.optionalList(routingRuleIds, "RoutingRuleIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record StayItemsUpdate(UpdateValue<Boolean> nights, UpdateValue<Boolean> cityTax,
                                  UpdateValue<List<UUID>> productCategoryIds) {
    }

    public record RuleUpdate(UUID routingRuleId, UpdateValue<UUID> companyId, UpdateValue<UUID> serviceId,
                             UpdateValue<CompanyRelation> companyRelation, UpdateValue<Applicability> applicability,
                             UpdateValue<RouteType> routeType, UpdateValue<RouteType> assignmentTargetType,
                             StayItemsUpdate selectedStayItems) {
    }

    public record Update(List<RuleUpdate> routingRuleUpdates) {
        public Update {
            Require.notEmpty(routingRuleUpdates, "RoutingRuleUpdates");
            Require.atMost(routingRuleUpdates, MAX_ITEMS, "RoutingRuleUpdates");
            for (int i = 0; i < routingRuleUpdates.size(); i++) {
                String at = "RoutingRuleUpdates[" + i + "]";
                RuleUpdate update = Require.present(routingRuleUpdates.get(i), at);
                Require.present(update.routingRuleId(), at + ".RoutingRuleId");
                requiredValue(update.companyId(), at + ".CompanyId.Value");
                requiredValue(update.serviceId(), at + ".ServiceId.Value");
                requiredValue(update.companyRelation(), at + ".CompanyRelation.Value");
                requiredValue(update.applicability(), at + ".Applicability.Value");
                requiredValue(update.routeType(), at + ".RouteType.Value");
                if (update.selectedStayItems() != null) {
                    requiredValue(update.selectedStayItems().nights(), at + ".SelectedStayItems.Nights.Value");
                    requiredValue(update.selectedStayItems().cityTax(), at + ".SelectedStayItems.CityTax.Value");
                }
            }
        }
    }

    public record Delete(List<UUID> routingRuleIds) {
        public Delete {
            RequestChecks.requiredList(routingRuleIds, "RoutingRuleIds");
        }
    }

    public record Result(List<RoutingRule> routingRules, UUID cursor) {
    }

    private final Transactions transactions;
    private final RoutingRuleStore store;
    private final ServiceStore services;
    private final CompanyStore companies;
    private final Supplier<UUID> ids;

    RoutingRuleOperations(Transactions transactions, RoutingRuleStore store, ServiceStore services,
                          CompanyStore companies, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.services = services;
        this.companies = companies;
        this.ids = ids;
    }

    public Result add(Add request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId();
        return transactions.write(tx -> {
            List<RoutingRule> added = new ArrayList<>();
            for (int i = 0; i < request.routingRules().size(); i++) {
                RuleParameters parameters = request.routingRules().get(i);
                String at = "RoutingRules[" + i + "]";
                StayItems items = parameters.routeType() == RouteType.SelectedStayItems
                        ? new StayItems(Boolean.TRUE.equals(parameters.selectedStayItems().nights()),
                                Boolean.TRUE.equals(parameters.selectedStayItems().cityTax()),
                                parameters.selectedStayItems().productCategoryIds())
                        : null;
                RoutingRule rule = new RoutingRule(ids.get(), enterpriseId, parameters.companyId(),
                        parameters.companyRelation(), parameters.applicability(), parameters.routeType(),
                        parameters.serviceId(), items, tx.now(), tx.now());
                check(tx.handle(), caller, rule, at);
                store.insert(tx.handle(), rule);
                added.add(rule);
            }
            return new Result(added, null);
        });
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("company_id", request.companyIds())
                .in("id", request.routingRuleIds())
                .within("updated_utc", request.updatedUtc());
        Page<RoutingRule> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }

    public Result update(Update request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId();
        return transactions.write(tx -> {
            Map<UUID, RoutingRule> found = found(tx.handle(), enterpriseId,
                    request.routingRuleUpdates().stream().map(RuleUpdate::routingRuleId).toList(),
                    "RoutingRuleUpdates", ".RoutingRuleId");
            List<RoutingRule> updated = new ArrayList<>();
            for (int i = 0; i < request.routingRuleUpdates().size(); i++) {
                RuleUpdate update = request.routingRuleUpdates().get(i);
                RoutingRule current = found.get(update.routingRuleId());
                RouteType routeType = UpdateValue.apply(update.routeType(), current.routeType());
                StayItems items = routeType == RouteType.SelectedStayItems
                        ? items(current.selectedStayItems(), update.selectedStayItems()) : null;
                if (routeType == RouteType.SelectedStayItems && items == null) {
                    throw new InvalidRequest("RoutingRuleUpdates[" + i
                            + "].SelectedStayItems is required when RouteType is SelectedStayItems.");
                }
                RoutingRule rule = new RoutingRule(current.id(), current.enterpriseId(),
                        UpdateValue.apply(update.companyId(), current.companyId()),
                        UpdateValue.apply(update.companyRelation(), current.companyRelation()),
                        UpdateValue.apply(update.applicability(), current.applicability()), routeType,
                        UpdateValue.apply(update.serviceId(), current.serviceId()), items, current.createdUtc(),
                        tx.now());
                check(tx.handle(), caller, rule, "RoutingRuleUpdates[" + i + "]");
                store.update(tx.handle(), rule);
                found.put(rule.id(), rule);
                updated.add(rule);
            }
            return new Result(updated, null);
        });
    }

    public Object delete(Delete request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId();
        return transactions.write(tx -> {
            found(tx.handle(), enterpriseId, request.routingRuleIds(), "RoutingRuleIds", "")
                    .keySet().forEach(id -> store.delete(tx.handle(), id));
            return null;
        });
    }

    /** The current selection with the update applied; null when there is neither. */
    private static StayItems items(StayItems current, StayItemsUpdate update) {
        if (update == null) {
            return current;
        }
        StayItems base = current == null ? new StayItems(false, false, null) : current;
        return new StayItems(UpdateValue.apply(update.nights(), base.nights()),
                UpdateValue.apply(update.cityTax(), base.cityTax()),
                UpdateValue.apply(update.productCategoryIds(), base.productCategoryIds()));
    }

    private void check(Handle handle, Caller caller, RoutingRule rule, String at) {
        boolean active = companies.activeIn(handle, rule.companyId(), caller.chainIds())
                .orElseThrow(() -> new InvalidRequest(at + ".CompanyId " + rule.companyId()
                        + " is not a company of the chain."));
        if (!active) {
            throw new Forbidden("The company " + rule.companyId() + " is no longer active; nothing can be routed to it.");
        }
        if (!services.belongsTo(handle, rule.serviceId(), rule.enterpriseId())) {
            throw new InvalidRequest(at + ".ServiceId " + rule.serviceId() + " is not a service of the enterprise.");
        }
    }

    private Map<UUID, RoutingRule> found(Handle handle, UUID enterpriseId, List<UUID> ruleIds, String list,
                                         String field) {
        Map<UUID, RoutingRule> byId = new LinkedHashMap<>();
        store.find(handle, ruleIds, enterpriseId).forEach(rule -> byId.put(rule.id(), rule));
        Map<UUID, RoutingRule> ordered = new LinkedHashMap<>();
        for (int i = 0; i < ruleIds.size(); i++) {
            UUID id = Require.present(ruleIds.get(i), list + "[" + i + "]" + field);
            if (!byId.containsKey(id)) {
                throw new InvalidRequest(list + "[" + i + "]" + field + " " + id
                        + " is not a routing rule of the enterprise.");
            }
            ordered.put(id, byId.get(id));
        }
        return ordered;
    }

    private static void requiredValue(UpdateValue<?> update, String field) {
        if (update != null && update.value() == null) {
            throw new InvalidRequest(field + " must not be null; leave the property out to keep the current value.");
        }
    }
}
