package dev.connector.routingrules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A routing rule as the API returns it and as stored: which items of reservations of a service that carry the
 * company (as partner company or as travel agency) are billed to the company instead of the guest.
 */
public record RoutingRule(UUID id, UUID enterpriseId, UUID companyId, CompanyRelation companyRelation,
                          Applicability applicability, RouteType routeType, UUID serviceId,
                          StayItems selectedStayItems, Instant createdUtc, Instant updatedUtc) {

    /** How the reservation carries the company. */
    public enum CompanyRelation {
        PartnerCompany,
        TravelAgency
    }

    /** Every reservation with the company, or only those prepaid through an online travel agency. */
    public enum Applicability {
        Always,
        PrepaidOnly
    }

    /** Everything of the stay, or the items chosen in SelectedStayItems. */
    public enum RouteType {
        AllStayItems,
        SelectedStayItems
    }

    /** The items a SelectedStayItems rule routes. */
    public record StayItems(boolean nights, boolean cityTax, List<UUID> productCategoryIds) {
    }

    /** Whether the rule sends a stay's nights to the company. */
    boolean routesNights() {
        return routeType == RouteType.AllStayItems || (selectedStayItems != null && selectedStayItems.nights());
    }
}
