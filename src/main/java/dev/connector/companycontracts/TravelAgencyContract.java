package dev.connector.companycontracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A travel agency contract between a company and an enterprise's service, as the API returns it. */
public record TravelAgencyContract(UUID id, UUID serviceId, UUID companyId, boolean isActive,
                                   Boolean commissionIncluded, BigDecimal commission,
                                   BigDecimal channelManagerAbsoluteAdjustment,
                                   BigDecimal channelManagerRelativeAdjustment, Options options,
                                   String accountingCode, String invoiceDueInterval,
                                   UUID channelManagerBusinessSegmentId, String contactPerson, String contactEmail,
                                   String additionalContactInfo, String notes, Instant createdUtc,
                                   Instant updatedUtc) {

    public record Options(boolean includeCancellationFeeInCommissionEstimate, boolean skipAutomaticSettlement) {
    }
}
