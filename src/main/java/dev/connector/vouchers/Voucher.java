package dev.connector.vouchers;

import dev.connector.api.ActivityState;
import java.time.Instant;
import java.util.UUID;

/**
 * A voucher as the API returns it: access to rates of a service, for the public or for one company or travel
 * agency. A deleted voucher stays readable, inactive.
 */
public record Voucher(UUID id, UUID serviceId, String name, Instant createdUtc, Instant updatedUtc, Type type,
                      ActivityState activityState, UUID companyId, UUID travelAgencyId,
                      Instant occupiableIntervalStartUtc, Instant occupiableIntervalEndUtc, String externalIdentifier,
                      boolean isActive) {

    /** Who the voucher is for. */
    public enum Type {
        Public,
        PartnerCompany,
        TravelAgency
    }

    /** The company of a PartnerCompany or TravelAgency voucher, whichever field holds it. */
    UUID relatedCompanyId() {
        return companyId != null ? companyId : travelAgencyId;
    }
}
