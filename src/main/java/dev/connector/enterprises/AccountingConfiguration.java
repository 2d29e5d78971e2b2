package dev.connector.enterprises;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The financial settings of an enterprise as {@code configuration/get} shows them: legal company and bank
 * details, card surcharges, and the external payment types that {@code payments/addExternal} accepts.
 */
public record AccountingConfiguration(
        String additionalTaxIdentifier,
        String companyName,
        String bankAccountNumber,
        String bankName,
        String iban,
        String bic,
        SurchargeConfiguration surchargeConfiguration,
        List<String> enabledExternalPaymentTypes) {

    public AccountingConfiguration {
        enabledExternalPaymentTypes = List.copyOf(enabledExternalPaymentTypes);
    }

    /** Surcharge fees by card type (e.g. {@code "Amex": 3.0} percent), and where surcharges are posted. */
    public record SurchargeConfiguration(Map<String, BigDecimal> surchargeFees, UUID surchargeServiceId,
                                         String surchargeTaxCode) {
        public SurchargeConfiguration {
            surchargeFees = Map.copyOf(surchargeFees);
        }
    }
}
