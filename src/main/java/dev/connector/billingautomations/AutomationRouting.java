package dev.connector.billingautomations;

import dev.connector.billingautomations.BillingAutomation.Assignment;
import dev.connector.billingautomations.BillingAutomation.AssignmentTargetType;
import dev.connector.billingautomations.BillingAutomation.BillAggregationType;
import dev.connector.billingautomations.BillingAutomation.CompanyRelation;
import dev.connector.billingautomations.BillingAutomation.Prepayment;
import dev.connector.billingautomations.BillingAutomation.TriggerType;
import dev.connector.store.Columns;
import dev.connector.store.Documents;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Which company's bill takes a new order item of a reservation under the enterprise's billing automations: the
 * company of the oldest automation that applies to the reservation (the reservation carries one of its companies
 * with the matching relation, one of its assignments is for the reservation's service and, when it names rates, the
 * reservation's rate) and routes the item's type. Only automations the sandbox can evaluate when an item is posted
 * apply: Continuous ones with Prepayment All that make the company the owner of one bill for everything
 * (CompanyAsOwner, AggregateAll). Prepaid automations (the sandbox knows no prepaid reservations), Recurring and
 * Legacy ones (run monthly over a consumption period, not when items are posted), and those that keep the customer
 * as owner or want a bill per reservation or group never route here. A function over the automations and
 * reservations tables, run inside the caller's transaction; stateless.
 */
public final class AutomationRouting {

    private AutomationRouting() {
    }

    /** What is being posted: the nights of a stay, or a product (its category ids may be null). */
    public record RoutedItem(boolean spaceOrder, UUID productId, UUID productCategoryId, UUID accountingCategoryId) {

        /** A night of a stay (a SpaceOrder item). */
        public static RoutedItem night() {
            return new RoutedItem(true, null, null, null);
        }

        /** A product ordered for the reservation (a ProductOrder item). */
        public static RoutedItem product(UUID productId, UUID productCategoryId, UUID accountingCategoryId) {
            return new RoutedItem(false, Objects.requireNonNull(productId), productCategoryId, accountingCategoryId);
        }
    }

    private record Stay(UUID serviceId, UUID rateId, UUID partnerCompanyId, UUID travelAgencyId) {
    }

    /** The company whose bill takes the item, or empty when it stays with the reservation's owner. */
    public static Optional<UUID> payer(Handle handle, Documents documents, UUID enterpriseId, UUID reservationId,
                                       RoutedItem item) {
        Optional<Stay> found = handle.createQuery("""
                        SELECT service_id, rate_id, partner_company_id, travel_agency_id FROM reservations
                        WHERE id = :id AND enterprise_id = :enterpriseId""")
                .bind("id", reservationId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .map((rs, ctx) -> new Stay(Columns.uuid(rs.getString("service_id")),
                        Columns.uuid(rs.getString("rate_id")), Columns.uuid(rs.getString("partner_company_id")),
                        Columns.uuid(rs.getString("travel_agency_id"))))
                .findOne();
        if (found.isEmpty() || found.get().partnerCompanyId() == null && found.get().travelAgencyId() == null) {
            return Optional.empty();
        }
        Stay stay = found.get();
        List<BillingAutomation> automations = handle.createQuery("""
                        SELECT doc FROM billing_automations
                        WHERE enterprise_id = :enterpriseId AND is_deleted = :deleted""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("deleted", false)
                .map(documents.rowMapper(BillingAutomation.class))
                .list();
        return automations.stream()
                .filter(AutomationRouting::evaluable)
                .sorted(Comparator.comparing(BillingAutomation::createdUtc).thenComparing(BillingAutomation::id))
                .filter(automation -> routes(automation, stay, item))
                .map(automation -> company(automation, stay))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static boolean evaluable(BillingAutomation automation) {
        return automation.triggerType() == TriggerType.Continuous && automation.prepayment() == Prepayment.All
                && automation.assignmentTargetType() == AssignmentTargetType.CompanyAsOwner
                && automation.billAggregationType() == BillAggregationType.AggregateAll;
    }

    private static boolean routes(BillingAutomation automation, Stay stay, RoutedItem item) {
        List<Assignment> assignments = automation.assignments() == null ? List.of() : automation.assignments();
        return assignments.stream().anyMatch(assignment -> stay.serviceId().equals(assignment.serviceId())
                && (empty(assignment.rateIds()) || assignment.rateIds().contains(stay.rateId()))
                && routesType(assignment, item));
    }

    private static boolean routesType(Assignment assignment, RoutedItem item) {
        BillingAutomation.ItemTypes types = assignment.routedItemTypes();
        if (item.spaceOrder()) {
            return types != null && Boolean.TRUE.equals(types.spaceOrder());
        }
        if (types != null && Boolean.TRUE.equals(types.allProducts())) {
            return true;
        }
        if (assignment.productIds() != null && assignment.productIds().contains(item.productId())) {
            return true;
        }
        if (item.productCategoryId() != null && assignment.productCategoryIds() != null
                && assignment.productCategoryIds().contains(item.productCategoryId())) {
            return true;
        }
        return item.accountingCategoryId() != null && assignment.accountingCategoryAssignments() != null
                && assignment.accountingCategoryAssignments().stream().anyMatch(category ->
                        item.accountingCategoryId().equals(category.accountingCategoryId())
                                && category.itemTypes() != null
                                && Boolean.TRUE.equals(category.itemTypes().products()));
    }

    /** The automation's company the reservation carries in a matching role, its partner company first. */
    private static Optional<UUID> company(BillingAutomation automation, Stay stay) {
        List<CompanyRelation> relations = automation.companiesWithRelations() == null ? List.of()
                : automation.companiesWithRelations();
        for (CompanyRelation relation : relations) {
            if (relation.companyRelations() != null && Boolean.TRUE.equals(relation.companyRelations().partnerCompany())
                    && relation.companyId() != null && relation.companyId().equals(stay.partnerCompanyId())) {
                return Optional.of(relation.companyId());
            }
        }
        for (CompanyRelation relation : relations) {
            if (relation.companyRelations() != null && Boolean.TRUE.equals(relation.companyRelations().travelAgency())
                    && relation.companyId() != null && relation.companyId().equals(stay.travelAgencyId())) {
                return Optional.of(relation.companyId());
            }
        }
        return Optional.empty();
    }

    private static boolean empty(List<UUID> ids) {
        return ids == null || ids.isEmpty();
    }
}
