package dev.connector.enterprises;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Settings of the demo hotels: both accept GBP, EUR and USD; the UK hotel is in England under the UK legal
 * environment, the US hotel in the District of Columbia. Coordinates are those of their (fictional) street
 * addresses; tax and bank identifiers are made up.
 */
public final class EnterpriseDemoSeed implements DemoSeed {

    private final EnterpriseSettingsStore store;

    public EnterpriseDemoSeed(EnterpriseSettingsStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        EnterpriseSettings settings = switch (hotel.key()) {
            case "uk" -> new EnterpriseSettings(List.of("GBP", "EUR", "USD"), "UK", "UK", "UK", null, "GB-ENG",
                    51.5058, -0.0935, "DEMO-HOLDING-UK", List.of("Connector Demo Hotels"), "GB123456789", null,
                    "P0M7DT0H0M0S", "P0M5DT0H0M0S", false,
                    new AccountingConfiguration(null, "Connector Demo Hotel London Ltd", "41234567", "Demo Bank plc",
                            null, null,
                            new AccountingConfiguration.SurchargeConfiguration(
                                    Map.of("Amex", new BigDecimal("2.5")), null, null),
                            List.of("Cash", "CreditCard", "Invoice", "WireTransfer", "Bacs", "GiftCard")));
            case "us" -> new EnterpriseSettings(List.of("USD", "GBP", "EUR"), "US", "US", "US", "Suite 100", "US-DC",
                    38.9023, -77.0277, "DEMO-HOLDING-US", List.of("Connector Demo Hotels"), "00-0000000", null,
                    "P0M7DT0H0M0S", "P0M5DT0H0M0S", false,
                    new AccountingConfiguration(null, "Connector Demo Hotel Washington LLC", "000123456789",
                            "Demo Bank, N.A.", null, null,
                            new AccountingConfiguration.SurchargeConfiguration(
                                    Map.of("Amex", new BigDecimal("3.0"), "DinersClub", new BigDecimal("3.0")), null, null),
                            List.of("Cash", "CreditCard", "Invoice", "WireTransfer", "Cheque", "GiftCard")));
            default -> null;
        };
        if (settings != null) {
            store.save(tx.handle(), hotel.enterpriseId(), settings, tx.now());
        }
    }
}
