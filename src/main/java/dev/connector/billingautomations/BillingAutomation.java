package dev.connector.billingautomations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rule that routes a guest's new order items to bills (of a company, per reservation, ...), as
 * {@code billingAutomations/getAll} returns it and as stored.
 */
public record BillingAutomation(UUID id, UUID enterpriseId, String name, String description,
                                List<CompanyRelation> companiesWithRelations, Prepayment prepayment,
                                AssignmentTargetType assignmentTargetType, TriggerType triggerType,
                                BillAggregationType billAggregationType, Instant createdUtc,
                                String processingStartOffset, ConsumptionPeriod orderItemConsumptionPeriod,
                                List<Assignment> assignments) {

    /** The prepayment kinds of the spec. */
    public enum Prepayment {
        All, Prepaid
    }

    /** How the company is put on the bill. */
    public enum AssignmentTargetType {
        CompanyAsDetails, CompanyAsOwner, NoCompany
    }

    /** When the automation runs. */
    public enum TriggerType {
        Continuous, Recurring, Legacy
    }

    /** How items are gathered onto bills. */
    public enum BillAggregationType {
        OnePerReservation, AggregateByCustomer, AggregateAll, AggregatePerReservationGroup
    }

    /** Which consumption period a recurring automation collects. */
    public enum ConsumptionPeriod {
        MonthBefore, SameMonthAndMonthBefore, SameMonth, SameMonthAndMonthAfter, MonthAfter
    }

    /** A company the automation applies to, and in which role. */
    public record CompanyRelation(UUID companyId, Relations companyRelations) {
    }

    /** The company roles on a reservation. */
    public record Relations(Boolean partnerCompany, Boolean travelAgency) {
    }

    /** The kinds of items routed. */
    public record ItemTypes(Boolean spaceOrder, Boolean cityTax, Boolean allProducts, Boolean deposits,
                            Boolean additionalExpenses, Boolean allCustomItems) {
    }

    /** Routing by accounting category. */
    public record CategoryAssignment(UUID accountingCategoryId, CategoryItemTypes itemTypes) {
    }

    /** Which items of an accounting category are routed. */
    public record CategoryItemTypes(Boolean products, Boolean customItems) {
    }

    /** What one service's items are routed by. */
    public record Assignment(UUID id, UUID billingAutomationId, UUID serviceId, ItemTypes routedItemTypes,
                             List<UUID> rateIds, List<UUID> productCategoryIds, List<UUID> productIds,
                             List<CategoryAssignment> accountingCategoryAssignments) {
    }

    BillingAutomation with(String newName, String newDescription, List<CompanyRelation> companies,
                           Prepayment newPrepayment, AssignmentTargetType target, BillAggregationType aggregation,
                           ConsumptionPeriod period, String offset, List<Assignment> newAssignments) {
        return new BillingAutomation(id, enterpriseId, newName, newDescription, companies, newPrepayment, target,
                triggerType, aggregation, createdUtc, offset, period, newAssignments);
    }
}
