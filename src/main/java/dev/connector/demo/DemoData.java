package dev.connector.demo;

import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.HotelSetup;
import dev.connector.enterprises.PricingMode;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.integrations.Application;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seeds the demo world on an empty store: the UK and US demo hotels (each its own chain, with the standard
 * hotel setup), the four public demo applications with their eight AccessTokens, the portfolio token, and
 * every feature's {@link DemoSeed}. Deterministic: the same ids on every fresh start.
 */
public final class DemoData {

    public static final UUID UK_ENTERPRISE_ID = DemoIds.of("uk/enterprise");
    public static final UUID US_ENTERPRISE_ID = DemoIds.of("us/enterprise");
    public static final UUID PORTFOLIO_INTEGRATION_ID = DemoIds.of("application/1/integration/portfolio");

    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final IntegrationStore integrations;
    private final HotelSetup hotelSetup;
    private final List<DemoSeed> seeds;

    public DemoData(Transactions transactions, EnterpriseStore enterprises, IntegrationStore integrations,
                    HotelSetup hotelSetup, List<DemoSeed> seeds) {
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.integrations = integrations;
        this.hotelSetup = hotelSetup;
        // Kept as given, not copied: the list may still grow while later modules register their seeds.
        this.seeds = seeds;
    }

    /** Seeds the demo world unless the store already holds applications. Returns true when it seeded. */
    public boolean seedIfEmpty() {
        return transactions.write(tx -> {
            int applications = tx.handle().createQuery("SELECT COUNT(*) FROM applications").mapTo(Integer.class).one();
            if (applications > 0) {
                return false;
            }
            seed(tx);
            return true;
        });
    }

    /** Seeds the demo world in {@code tx}; the caller makes sure none of it exists yet (see the sandbox reset). */
    public void seed(Tx tx) {
        Enterprise uk = new Enterprise(UK_ENTERPRISE_ID, DemoIds.of("uk/chain"), "Connector Demo UK Chain",
                "Connector Demo Hotel London", "DEMO-UK", "GBP", "Europe/London", PricingMode.Gross, "GB",
                "UK-2022", "en-GB", "12 Southwark Street", "London", "SE1 1RQ", "london@demo-hotel.example.com",
                "+44 20 7946 0000", "https://london.demo-hotel.example", tx.now(), tx.now());
        Enterprise us = new Enterprise(US_ENTERPRISE_ID, DemoIds.of("us/chain"), "Connector Demo US Chain",
                "Connector Demo Hotel Washington", "DEMO-US", "USD", "America/New_York", PricingMode.Net, "US",
                "US-DC", "en-US", "1201 K Street NW", "Washington", "20005", "washington@demo-hotel.example.com",
                "+1 202 555 0100", "https://washington.demo-hotel.example", tx.now(), tx.now());
        List<UUID> serviceIds = new ArrayList<>();
        for (Enterprise enterprise : List.of(uk, us)) {
            enterprises.insertChain(tx.handle(), enterprise.chainId(), enterprise.chainName(), tx.now());
            enterprises.insert(tx.handle(), enterprise);
            serviceIds.add(hotelSetup.setUp(tx, enterprise).serviceId());
        }
        int number = 0;
        for (DemoCredentials.DemoApplication demo : DemoCredentials.APPLICATIONS) {
            number++;
            UUID applicationId = DemoIds.of("application/" + number);
            integrations.insertApplication(tx.handle(), new Application(applicationId, demo.name(), demo.clientToken(), tx.now()));
            addIntegration(tx, applicationId, DemoIds.of("application/" + number + "/integration/uk"),
                    demo.name() + " (UK hotel)", demo.ukAccessToken(), List.of(UK_ENTERPRISE_ID));
            addIntegration(tx, applicationId, DemoIds.of("application/" + number + "/integration/us"),
                    demo.name() + " (US hotel)", demo.usAccessToken(), List.of(US_ENTERPRISE_ID));
        }
        addIntegration(tx, DemoIds.of("application/1"), PORTFOLIO_INTEGRATION_ID,
                DemoCredentials.APPLICATIONS.get(0).name() + " (portfolio)", DemoCredentials.PORTFOLIO_ACCESS_TOKEN,
                List.of(UK_ENTERPRISE_ID, US_ENTERPRISE_ID));
        List<DemoHotel> hotels = List.of(
                new DemoHotel("uk", uk, serviceIds.get(0), DemoIds.of("application/1/integration/uk")),
                new DemoHotel("us", us, serviceIds.get(1), DemoIds.of("application/1/integration/us")));
        for (DemoSeed seed : seeds) {
            for (DemoHotel hotel : hotels) {
                seed.seed(tx, hotel);
            }
        }
    }

    private void addIntegration(Tx tx, UUID applicationId, UUID id, String name, String token, List<UUID> enterpriseIds) {
        integrations.insertIntegration(tx.handle(), new Integration(id, applicationId, name, token,
                IntegrationState.Enabled, enterpriseIds, tx.now(), tx.now()));
    }
}
