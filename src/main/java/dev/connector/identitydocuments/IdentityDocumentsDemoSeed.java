package dev.connector.identitydocuments;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.identitydocuments.IdentityDocument.DocumentType;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Identity documents for every third demo customer ({@code customer/1}, {@code 4}, ...): a passport, and for some a
 * driving licence too. Ids are {@code hotel.id("identity-document/<customer>/<n>")}.
 */
final class IdentityDocumentsDemoSeed implements DemoSeed {

    private final IdentityDocumentStore store;

    IdentityDocumentsDemoSeed(IdentityDocumentStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        LocalDate today = tx.now().atZone(ZoneOffset.UTC).toLocalDate();
        String country = hotel.key().equals("uk") ? "GB" : "US";
        for (int n = 1; n <= 50; n += 3) {
            LocalDate issued = today.minusYears(1 + n % 8).minusDays(n * 11L);
            store.insert(tx.handle(), hotel.chainId(), new IdentityDocument(
                    hotel.id("identity-document/" + n + "/1"), hotel.id("customer/" + n), DocumentType.Passport,
                    country.charAt(0) + String.format("%08d", 52_000_000 + n * 7919), issued.plusYears(10), issued,
                    country, hotel.key().equals("uk") ? "London" : "Washington", null), tx.now());
            if (n % 2 == 0) {
                store.insert(tx.handle(), hotel.chainId(), new IdentityDocument(
                        hotel.id("identity-document/" + n + "/2"), hotel.id("customer/" + n),
                        DocumentType.DriversLicense, "DL" + (400_000 + n * 313), issued.plusYears(15), issued,
                        country, null, null), tx.now());
            }
        }
    }
}
