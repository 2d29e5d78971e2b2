package dev.connector.companies;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A company profile as the API returns it. Companies belong to a chain, like customers. {@code address} and
 * {@code taxIdentificationNumber} are the deprecated forms the spec still lists (null and a copy of TaxIdentifier).
 */
public record Company(
        UUID id,
        UUID chainId,
        String name,
        UUID motherCompanyId,
        String invoicingEmail,
        String websiteUrl,
        String invoiceDueInterval,
        Options options,
        CreditRating creditRating,
        String department,
        String dunsNumber,
        String referenceIdentifier,
        String accountingCode,
        String additionalTaxIdentifier,
        String billingCode,
        String contact,
        String contactPerson,
        String electronicInvoiceIdentifier,
        String identifier,
        String iata,
        boolean isActive,
        String notes,
        long number,
        String taxIdentifier,
        String telephone,
        Instant createdUtc,
        Instant updatedUtc,
        JsonNode address,
        UUID addressId,
        UUID mergeTargetId,
        String taxIdentificationNumber,
        String externalIdentifier) {

    public record Options(boolean invoiceable, boolean addFeesToInvoices, boolean addTaxDeductedPaymentToInvoices) {
    }

    public record CreditRating(Basic basic) {
    }

    /** How far the hotel trusts the company to pay later. */
    public enum Basic {
        CreditOk,
        PaymentRequiredUpfront,
        LocalDecisionRequired
    }
}
