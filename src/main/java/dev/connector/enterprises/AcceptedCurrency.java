package dev.connector.enterprises;

import java.util.ArrayList;
import java.util.List;

/** A currency the enterprise accepts; the default (accounting) currency comes first. */
public record AcceptedCurrency(String currency, boolean isDefault, boolean isEnabled) {

    static List<AcceptedCurrency> of(Enterprise enterprise, EnterpriseSettings settings) {
        List<AcceptedCurrency> accepted = new ArrayList<>();
        accepted.add(new AcceptedCurrency(enterprise.currencyCode(), true, true));
        for (String code : settings.acceptedCurrencyCodes()) {
            if (!code.equals(enterprise.currencyCode())) {
                accepted.add(new AcceptedCurrency(code, false, true));
            }
        }
        return List.copyOf(accepted);
    }
}
