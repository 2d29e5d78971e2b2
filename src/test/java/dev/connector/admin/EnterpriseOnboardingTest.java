package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connector.api.ApiJson;
import dev.connector.enterprises.EnterpriseOnboarding;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.HotelSetup;
import dev.connector.enterprises.NewEnterprise;
import dev.connector.enterprises.PricingMode;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.store.Database;
import dev.connector.testing.BothStoresTest;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnterpriseOnboardingTest extends BothStoresTest {

    private EnterpriseOnboarding onboarding(HotelSetup setup) {
        Database database = server.connector().database();
        Transactions transactions = new Transactions(database, new Outbox(ApiJson.create(), database.dialect()),
                Clock.systemUTC());
        return new EnterpriseOnboarding(transactions, new EnterpriseStore(), setup, UUID::randomUUID);
    }

    private static NewEnterprise hotel(String name) {
        return new NewEnterprise(name, null, null, "EUR", "Europe/Prague", PricingMode.Gross, "CZ", null, null,
                null, null, null, null, null, null, null);
    }

    private int count(String sql, String name) {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery(sql).bind("name", name).mapTo(Integer.class).one());
    }

    @Test
    void the_hotel_setup_runs_in_the_creating_transaction_and_its_service_is_reported() {
        UUID serviceId = UUID.randomUUID();
        HotelSetup setup = (tx, enterprise) -> {
            tx.handle().createUpdate("""
                            INSERT INTO services (id, enterprise_id, name, type, is_active, created_utc, updated_utc, doc)
                            VALUES (:id, :enterprise, 'Accommodation', 'Reservable', TRUE, 0, 0, '{}')""")
                    .bind("id", serviceId.toString())
                    .bind("enterprise", enterprise.id().toString())
                    .execute();
            return new HotelSetup.Result(serviceId);
        };
        EnterpriseOnboarding onboarding = onboarding(setup);

        EnterpriseOnboarding.Onboarded created = onboarding.create(hotel("Setup Hotel"));

        assertThat(created.serviceId()).isEqualTo(serviceId);
        assertThat(created.enterprise().chainName()).isEqualTo("Setup Hotel");
        assertThat(onboarding.all()).filteredOn(found -> found.enterprise().id().equals(created.enterprise().id()))
                .singleElement().extracting(EnterpriseOnboarding.Onboarded::serviceId).isEqualTo(serviceId);
    }

    @Test
    void a_failing_hotel_setup_leaves_no_enterprise_and_no_chain_behind() {
        EnterpriseOnboarding onboarding = onboarding((tx, enterprise) -> {
            throw new IllegalStateException("setup failed");
        });

        assertThatThrownBy(() -> onboarding.create(hotel("Half Hotel"))).hasMessage("setup failed");

        assertThat(count("SELECT COUNT(*) FROM enterprises WHERE name = :name", "Half Hotel")).isZero();
        assertThat(count("SELECT COUNT(*) FROM chains WHERE name = :name", "Half Hotel")).isZero();
    }
}
