package dev.connector.routingrules;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Where a stay's nights are billed under the enterprise's routing rules: the company of the first rule (oldest
 * first) that routes nights of the service for a company the reservation carries with that relation. Rules that
 * apply only to reservations prepaid through an online travel agency never match here: the sandbox has no such
 * reservations. A function over the rules table, run inside the caller's transaction; stateless.
 */
public final class BillRouting {

    private BillRouting() {
    }

    /** The company that pays the nights, or empty when they stay on the guest's bill. */
    public static Optional<UUID> nightsPayer(Handle handle, UUID enterpriseId, UUID serviceId, UUID partnerCompanyId,
                                             UUID travelAgencyId) {
        if (partnerCompanyId == null && travelAgencyId == null) {
            return Optional.empty();
        }
        return handle.createQuery("""
                        SELECT company_id FROM routing_rules
                        WHERE enterprise_id = :enterpriseId AND routes_nights = :routes
                          AND (service_id IS NULL OR service_id = :serviceId)
                          AND applicability = 'Always'
                          AND ((company_relation = 'PartnerCompany' AND company_id = :partner)
                            OR (company_relation = 'TravelAgency' AND company_id = :agency))
                        ORDER BY seq LIMIT 1""")
                .bind("enterpriseId", enterpriseId.toString())
                .bind("routes", true)
                .bind("serviceId", serviceId.toString())
                .bind("partner", partnerCompanyId == null ? "" : partnerCompanyId.toString())
                .bind("agency", travelAgencyId == null ? "" : travelAgencyId.toString())
                .map((rs, ctx) -> UUID.fromString(rs.getString("company_id")))
                .findFirst();
    }
}
