package dev.connector.billingautomations;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.UpdateValue;
import dev.connector.billingautomations.BillingAutomation.AssignmentTargetType;
import dev.connector.billingautomations.BillingAutomation.BillAggregationType;
import dev.connector.billingautomations.BillingAutomation.ConsumptionPeriod;
import dev.connector.billingautomations.BillingAutomation.Prepayment;
import dev.connector.billingautomations.BillingAutomation.TriggerType;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** The restricted {@code billingAutomations/add|update|delete|getAll|updateAssignments}. */
public final class BillingAutomationOperations {

    private final Transactions transactions;
    private final BillingAutomationStore store;
    private final Supplier<UUID> ids;

    BillingAutomationOperations(Transactions transactions, BillingAutomationStore store, Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.ids = ids;
    }

    public record NewAssignment(UUID serviceId, BillingAutomation.ItemTypes routedItemTypes, List<UUID> rateIds,
                                List<UUID> productCategoryIds, List<UUID> productIds,
                                List<BillingAutomation.CategoryAssignment> accountingCategories) {

        public NewAssignment {
            Require.present(serviceId, "ServiceId");
            Require.present(routedItemTypes, "RoutedItemTypes");
        }
    }

    public record NewAutomation(String name, String description,
                                List<BillingAutomation.CompanyRelation> companiesWithRelations, Prepayment prepayment,
                                AssignmentTargetType assignmentTargetType, TriggerType triggerType,
                                BillAggregationType billAggregationType, ConsumptionPeriod orderItemConsumptionPeriod,
                                String processingStartOffset, List<NewAssignment> assignments) {

        public NewAutomation {
            Require.text(name, "Name");
            Require.maxLength(name, 255, "Name");
            Require.maxLength(description, 1000, "Description");
            Require.present(prepayment, "Prepayment");
            Require.present(assignmentTargetType, "AssignmentTargetType");
            Require.present(triggerType, "TriggerType");
            Require.present(billAggregationType, "BillAggregationType");
            Require.maxLength(processingStartOffset, 20, "ProcessingStartOffset");
            Require.present(assignments, "Assignments");
        }
    }

    public record AddRequest(UUID enterpriseId, List<NewAutomation> billingAutomations) {
    }

    public record Result(List<BillingAutomation> billingAutomations) {
    }

    public Result add(AddRequest request, Caller caller) {
        List<NewAutomation> automations = Require.notEmpty(Require.present(request.billingAutomations(),
                "BillingAutomations"), "BillingAutomations");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            List<BillingAutomation> added = new ArrayList<>();
            for (int i = 0; i < automations.size(); i++) {
                String field = "BillingAutomations[" + i + "]";
                NewAutomation automation = Require.present(automations.get(i), field);
                Require.text(automation.name(), field + ".Name");
                Require.present(automation.prepayment(), field + ".Prepayment");
                Require.present(automation.triggerType(), field + ".TriggerType");
                Require.maxLength(automation.processingStartOffset(), 20, field + ".ProcessingStartOffset");
                UUID id = ids.get();
                BillingAutomation built = validated(new BillingAutomation(id, enterpriseId, automation.name(),
                        automation.description(), orEmpty(automation.companiesWithRelations()),
                        automation.prepayment(), Require.present(automation.assignmentTargetType(),
                                field + ".AssignmentTargetType"),
                        automation.triggerType(), Require.present(automation.billAggregationType(),
                                field + ".BillAggregationType"), tx.now(), automation.processingStartOffset(),
                        automation.orderItemConsumptionPeriod(), assignments(id, Require.present(
                                automation.assignments(), field + ".Assignments"), field + ".Assignments")), field);
                store.insert(tx.handle(), built, tx.now());
                added.add(built);
            }
            return new Result(added);
        });
    }

    public record Update(UUID billingAutomationId, UpdateValue<String> name, UpdateValue<String> description,
                         UpdateValue<List<BillingAutomation.CompanyRelation>> companies,
                         UpdateValue<Prepayment> prepayment, UpdateValue<AssignmentTargetType> assignmentTargetType,
                         UpdateValue<BillAggregationType> billAggregationType,
                         UpdateValue<ConsumptionPeriod> orderItemConsumptionPeriod,
                         UpdateValue<String> processingStartOffset) {
    }

    public record UpdateRequest(UUID enterpriseId, List<Update> billingAutomationUpdates) {
    }

    public Result update(UpdateRequest request, Caller caller) {
        List<Update> updates = Require.notEmpty(Require.present(request.billingAutomationUpdates(),
                "BillingAutomationUpdates"), "BillingAutomationUpdates");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            List<BillingAutomation> updated = new ArrayList<>();
            for (int i = 0; i < updates.size(); i++) {
                String field = "BillingAutomationUpdates[" + i + "]";
                Update update = Require.present(updates.get(i), field);
                BillingAutomation current = find(tx, enterpriseId, update.billingAutomationId(),
                        field + ".BillingAutomationId");
                String name = UpdateValue.apply(update.name(), current.name());
                Require.text(name, field + ".Name");
                BillingAutomation changed = validated(current.with(name,
                        UpdateValue.apply(update.description(), current.description()),
                        orEmpty(UpdateValue.apply(update.companies(), current.companiesWithRelations())),
                        orCurrent(update.prepayment(), current.prepayment()),
                        orCurrent(update.assignmentTargetType(), current.assignmentTargetType()),
                        orCurrent(update.billAggregationType(), current.billAggregationType()),
                        UpdateValue.apply(update.orderItemConsumptionPeriod(), current.orderItemConsumptionPeriod()),
                        UpdateValue.apply(update.processingStartOffset(), current.processingStartOffset()),
                        current.assignments()), field);
                store.update(tx.handle(), changed, tx.now());
                updated.add(changed);
            }
            return new Result(updated);
        });
    }

    public record DeleteRequest(UUID enterpriseId, List<UUID> billingAutomationIds) {
    }

    public record Empty() {
    }

    public Empty delete(DeleteRequest request, Caller caller) {
        List<UUID> toDelete = Require.notEmpty(Require.present(request.billingAutomationIds(),
                "BillingAutomationIds"), "BillingAutomationIds");
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            for (UUID id : toDelete.stream().distinct().toList()) {
                find(tx, enterpriseId, id, "BillingAutomationIds");
                store.delete(tx.handle(), id, tx.now());
            }
            return new Empty();
        });
    }

    public record GetAllRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> companyIds,
                                List<UUID> billingAutomationIds) {
    }

    public record GetAllResult(List<BillingAutomation> billingAutomations, UUID cursor) {
    }

    public GetAllResult getAll(GetAllRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.billingAutomationIds(), 1000, "BillingAutomationIds");
        Require.atMost(request.companyIds(), 1000, "CompanyIds");
        Filter filter = Filter.where()
                .in("b.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("b.id", request.billingAutomationIds());
        Page<BillingAutomation> page = transactions.read(handle -> store.page(handle, filter, limitation));
        List<BillingAutomation> automations = request.companyIds() == null || request.companyIds().isEmpty()
                ? page.items()
                : page.items().stream().filter(automation -> automation.companiesWithRelations().stream()
                        .anyMatch(relation -> request.companyIds().contains(relation.companyId()))).toList();
        return new GetAllResult(automations, page.cursor());
    }

    /** The routed item types of an assignment update: each one is changed only when its wrapper is sent. */
    public record ItemTypesChange(UpdateValue<Boolean> spaceOrder, UpdateValue<Boolean> cityTax,
                                  UpdateValue<Boolean> allProducts, UpdateValue<Boolean> deposits,
                                  UpdateValue<Boolean> additionalExpenses, UpdateValue<Boolean> allCustomItems) {
    }

    public record AssignmentChange(UUID billingAutomationAssignmentId, ItemTypesChange routedItemTypes,
                                   UpdateValue<List<UUID>> rateIds, UpdateValue<List<UUID>> productCategoryIds,
                                   UpdateValue<List<UUID>> productIds,
                                   UpdateValue<List<BillingAutomation.CategoryAssignment>> accountingCategories) {

        public AssignmentChange {
            Require.present(billingAutomationAssignmentId, "BillingAutomationAssignmentId");
        }
    }

    public record AssignmentsRequest(UUID enterpriseId, UUID billingAutomationId, List<NewAssignment> assignmentsToAdd,
                                     List<AssignmentChange> assignmentsToUpdate, List<UUID> assignmentIdsToRemove) {

        public AssignmentsRequest {
            Require.present(billingAutomationId, "BillingAutomationId");
        }
    }

    public Result updateAssignments(AssignmentsRequest request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        return transactions.write(tx -> {
            BillingAutomation current = find(tx, enterpriseId, request.billingAutomationId(), "BillingAutomationId");
            List<BillingAutomation.Assignment> assignments = new ArrayList<>(current.assignments());
            List<UUID> remove = request.assignmentIdsToRemove() == null ? List.of() : request.assignmentIdsToRemove();
            for (UUID id : remove) {
                if (!assignments.removeIf(assignment -> assignment.id().equals(id))) {
                    throw new InvalidRequest("AssignmentIdsToRemove: " + id + " is not an assignment of the "
                            + "billing automation.");
                }
            }
            List<AssignmentChange> changes = request.assignmentsToUpdate() == null ? List.of()
                    : request.assignmentsToUpdate();
            for (int i = 0; i < changes.size(); i++) {
                AssignmentChange change = Require.present(changes.get(i), "AssignmentsToUpdate[" + i + "]");
                int at = indexOf(assignments, change.billingAutomationAssignmentId(),
                        "AssignmentsToUpdate[" + i + "].BillingAutomationAssignmentId");
                BillingAutomation.Assignment old = assignments.get(at);
                assignments.set(at, new BillingAutomation.Assignment(old.id(), old.billingAutomationId(),
                        old.serviceId(), merge(old.routedItemTypes(), change.routedItemTypes()),
                        UpdateValue.apply(change.rateIds(), old.rateIds()),
                        UpdateValue.apply(change.productCategoryIds(), old.productCategoryIds()),
                        UpdateValue.apply(change.productIds(), old.productIds()),
                        UpdateValue.apply(change.accountingCategories(), old.accountingCategoryAssignments())));
            }
            if (request.assignmentsToAdd() != null) {
                assignments.addAll(assignments(current.id(), request.assignmentsToAdd(), "AssignmentsToAdd"));
            }
            BillingAutomation changed = current.with(current.name(), current.description(),
                    current.companiesWithRelations(), current.prepayment(), current.assignmentTargetType(),
                    current.billAggregationType(), current.orderItemConsumptionPeriod(),
                    current.processingStartOffset(), List.copyOf(assignments));
            store.update(tx.handle(), changed, tx.now());
            return new Result(List.of(changed));
        });
    }

    private static BillingAutomation.ItemTypes merge(BillingAutomation.ItemTypes old, ItemTypesChange change) {
        if (change == null) {
            return old;
        }
        return new BillingAutomation.ItemTypes(pick(change.spaceOrder(), old.spaceOrder()),
                pick(change.cityTax(), old.cityTax()), pick(change.allProducts(), old.allProducts()),
                pick(change.deposits(), old.deposits()), pick(change.additionalExpenses(), old.additionalExpenses()),
                pick(change.allCustomItems(), old.allCustomItems()));
    }

    /** An update wrapper sent with a null value keeps the current flag: the flags are not nullable. */
    private static Boolean pick(UpdateValue<Boolean> change, Boolean old) {
        return change != null && change.value() != null ? change.value() : old;
    }

    private static int indexOf(List<BillingAutomation.Assignment> assignments, UUID id, String field) {
        Require.present(id, field);
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new InvalidRequest(field + " " + id + " is not an assignment of the billing automation.");
    }

    private List<BillingAutomation.Assignment> assignments(UUID automationId, List<NewAssignment> requested,
                                                           String field) {
        List<BillingAutomation.Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewAssignment assignment = Require.present(requested.get(i), field + "[" + i + "]");
            Require.present(assignment.serviceId(), field + "[" + i + "].ServiceId");
            Require.present(assignment.routedItemTypes(), field + "[" + i + "].RoutedItemTypes");
            assignments.add(new BillingAutomation.Assignment(ids.get(), automationId, assignment.serviceId(),
                    assignment.routedItemTypes(), assignment.rateIds(), assignment.productCategoryIds(),
                    assignment.productIds(), assignment.accountingCategories()));
        }
        return assignments;
    }

    /** The combination rules of the reference between target, aggregation and trigger. */
    private static BillingAutomation validated(BillingAutomation automation, String field) {
        if (automation.assignmentTargetType() == AssignmentTargetType.NoCompany
                && automation.billAggregationType() != BillAggregationType.AggregateByCustomer) {
            throw new InvalidRequest(field + ": with AssignmentTargetType NoCompany, BillAggregationType must be "
                    + "AggregateByCustomer.");
        }
        if (automation.billAggregationType() != BillAggregationType.AggregateByCustomer
                && automation.assignmentTargetType() != AssignmentTargetType.CompanyAsOwner) {
            throw new InvalidRequest(field + ": a BillAggregationType other than AggregateByCustomer needs "
                    + "AssignmentTargetType CompanyAsOwner.");
        }
        if (automation.triggerType() == TriggerType.Recurring && (automation.orderItemConsumptionPeriod() == null
                || automation.processingStartOffset() == null)) {
            throw new InvalidRequest(field + ": a Recurring automation needs OrderItemConsumptionPeriod and "
                    + "ProcessingStartOffset.");
        }
        return automation;
    }

    private BillingAutomation find(Tx tx, UUID enterpriseId, UUID id, String field) {
        Require.present(id, field);
        return store.find(tx.handle(), enterpriseId, id)
                .orElseThrow(() -> new InvalidRequest(field + " " + id + " is not a billing automation of the "
                        + "enterprise."));
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> T orCurrent(UpdateValue<T> update, T current) {
        return update == null || update.value() == null ? current : update.value();
    }
}
