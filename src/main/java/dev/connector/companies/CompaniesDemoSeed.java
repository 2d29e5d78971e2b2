package dev.connector.companies;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Five company profiles per demo chain: corporate clients and a travel agency, one of them the mother of another,
 * and one no longer active. Ids are {@code hotel.id("company/1")} to {@code company/5}.
 */
public final class CompaniesDemoSeed implements DemoSeed {

    private record Profile(String name, String department, String iata, Company.Basic credit, boolean invoiceable,
                           boolean active) {
    }

    private static final List<Profile> UK = List.of(
            new Profile("Thames Consulting Ltd", "Finance", null, Company.Basic.CreditOk, true, true),
            new Profile("Thames Consulting Events", "Events", null, Company.Basic.CreditOk, true, true),
            new Profile("Northwind Travel", "Bookings", "NWT", Company.Basic.CreditOk, true, true),
            new Profile("Kestrel Engineering plc", "Sales", null, Company.Basic.LocalDecisionRequired, false, true),
            new Profile("Harbour Logistics", null, null, Company.Basic.PaymentRequiredUpfront, false, false));
    private static final List<Profile> US = List.of(
            new Profile("Potomac Analytics LLC", "Finance", null, Company.Basic.CreditOk, true, true),
            new Profile("Potomac Analytics Federal", "Government", null, Company.Basic.CreditOk, true, true),
            new Profile("Blue Ridge Travel", "Reservations", "BRT", Company.Basic.CreditOk, true, true),
            new Profile("Liberty Software Inc.", "Sales", null, Company.Basic.LocalDecisionRequired, false, true),
            new Profile("Anacostia Builders", null, null, Company.Basic.PaymentRequiredUpfront, false, false));

    private static final List<String> CONTACTS = List.of("Amelia Price", "Noah Fletcher", "Grace Whitfield",
            "Ethan Morales", "Chloe Patel");

    private final CompanyStore store;

    public CompaniesDemoSeed(CompanyStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        List<Profile> profiles = hotel.key().equals("uk") ? UK : US;
        // example.com rather than an .example domain: e-mail validators check the top-level domain.
        String domain = hotel.key() + ".example.com";
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            int number = i + 1;
            UUID id = hotel.id("company/" + number);
            // The second company is a subsidiary of the first.
            UUID mother = number == 2 ? hotel.id("company/1") : null;
            Instant created = tx.now().minus(Duration.ofDays(60L - 10L * i));
            Instant updated = profile.active() ? created.plus(Duration.ofDays(3)) : tx.now().minus(Duration.ofDays(1));
            String slug = profile.name().toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
            store.insert(tx.handle(), new Company(id, hotel.chainId(), profile.name(), mother,
                    "invoices@" + slug + "." + domain, "https://" + slug + "." + domain, "P30D",
                    new Company.Options(profile.invoiceable(), false, false), new Company.CreditRating(profile.credit()),
                    profile.department(), null, null, "ACC-" + hotel.key().toUpperCase() + "-" + (100 + number), null,
                    null, null, CONTACTS.get(i), null,
                    null, profile.iata(), profile.active(), null, number, null,
                    hotel.key().equals("uk") ? "+44 20 7946 01" + (10 + number) : "+1 202 555 01" + (10 + number),
                    created, updated, null, null, null, null, "CRM-" + hotel.key().toUpperCase() + "-" + number));
        }
    }
}
