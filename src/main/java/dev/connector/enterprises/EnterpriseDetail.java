package dev.connector.enterprises;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** The full enterprise shape of {@code configuration/get}: the enterprise with currencies and accounting. */
public record EnterpriseDetail(
        @JsonUnwrapped EnterpriseProfile profile,
        List<AcceptedCurrency> currencies,
        AccountingConfiguration accountingConfiguration,
        boolean isPortfolio) {

    public static EnterpriseDetail of(Enterprise enterprise, EnterpriseSettings settings) {
        return new EnterpriseDetail(EnterpriseProfile.of(enterprise, settings), AcceptedCurrency.of(enterprise, settings),
                settings.accounting(), false);
    }
}
