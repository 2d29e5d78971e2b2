package dev.connector.enterprises;

import dev.connector.api.InvalidRequest;
import dev.connector.events.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Opens new enterprises: the chain (new or existing), the enterprise row and the standard {@link HotelSetup},
 * all in one transaction, so a new enterprise can take bookings as soon as it exists. Thread-safe.
 */
public final class EnterpriseOnboarding {

    /** An enterprise with its stay service (the service the hotel setup created; null when it created none). */
    public record Onboarded(Enterprise enterprise, UUID serviceId) {
    }

    private final Transactions transactions;
    private final EnterpriseStore store;
    private final HotelSetup hotelSetup;
    private final Supplier<UUID> ids;

    public EnterpriseOnboarding(Transactions transactions, EnterpriseStore store, HotelSetup hotelSetup,
                                Supplier<UUID> ids) {
        this.transactions = transactions;
        this.store = store;
        this.hotelSetup = hotelSetup;
        this.ids = ids;
    }

    public Onboarded create(NewEnterprise request) {
        return transactions.write(tx -> {
            UUID chainId = request.chainId();
            if (chainId == null) {
                chainId = ids.get();
                store.insertChain(tx.handle(), chainId,
                        request.chainName() == null ? request.name() : request.chainName(), tx.now());
            } else if (!store.chainExists(tx.handle(), chainId)) {
                throw new InvalidRequest("ChainId " + chainId + " is not the id of a chain; leave it out to "
                        + "open the enterprise in a new chain.");
            }
            UUID id = ids.get();
            store.insert(tx.handle(), new Enterprise(id, chainId, null, request.name(), request.externalIdentifier(),
                    request.currencyCode(), request.timeZoneIdentifier(), request.pricingMode(),
                    request.countryCode(), request.taxEnvironmentCode(), request.languageCode(),
                    request.addressLine1(), request.city(), request.postalCode(), request.email(), request.phone(),
                    request.websiteUrl(), tx.now(), tx.now()));
            // Read back so that the setup sees the chain's name as stored.
            Enterprise enterprise = store.find(tx.handle(), id).orElseThrow();
            HotelSetup.Result setup = hotelSetup.setUp(tx, enterprise);
            return new Onboarded(enterprise, setup.serviceId());
        });
    }

    /** Every enterprise with its stay service, in creation order. */
    public List<Onboarded> all() {
        return transactions.read(handle -> store.all(handle).stream()
                .map(enterprise -> new Onboarded(enterprise, firstService(handle, enterprise.id()).orElse(null)))
                .toList());
    }

    // The standard setup creates the stay service before any other service, so it is the enterprise's first one.
    private static Optional<UUID> firstService(Handle handle, UUID enterpriseId) {
        return handle.createQuery("SELECT id FROM services WHERE enterprise_id = :id ORDER BY seq LIMIT 1")
                .bind("id", enterpriseId.toString())
                .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                .findOne();
    }
}
