package dev.connector.accountnotes;

import dev.connector.accountnotes.AccountNote.Classification;
import dev.connector.accounts.AccountType;
import dev.connector.accounts.ProfileData;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A few notes on demo guests and on the first demo company, {@code hotel.id("account-note/1")} onwards. */
public final class AccountNotesDemoSeed implements DemoSeed {

    private record Seeded(String account, AccountType type, String content, Classification classification) {
    }

    private static final List<Seeded> NOTES = List.of(
            new Seeded("customer/1", AccountType.Customer, "Prefers a quiet room away from the lift.",
                    Classification.FrontOffice),
            new Seeded("customer/1", AccountType.Customer, "Allergic to nuts: tell the kitchen.",
                    Classification.FoodAndBeverage),
            new Seeded("customer/2", AccountType.Customer, "Celebrated an anniversary on the last stay.",
                    Classification.PreviousStay),
            new Seeded("customer/3", AccountType.Customer, "Extra pillows, every night.",
                    Classification.Housekeeping),
            new Seeded("company/1", AccountType.Company, "Invoices go to the finance team, not the traveller.",
                    Classification.General));

    private final AccountNoteStore store;

    public AccountNotesDemoSeed(AccountNoteStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        UUID reception = hotel.id("profile/reception");
        for (int i = 0; i < NOTES.size(); i++) {
            Seeded seeded = NOTES.get(i);
            ProfileData staff = ProfileData.staff(reception);
            store.insert(tx.handle(), hotel.chainId(), new AccountNote(hotel.id("account-note/" + (i + 1)),
                    hotel.id(seeded.account()), seeded.content(), seeded.type(), List.of(seeded.classification()),
                    true, staff, staff), tx.now().minus(Duration.ofDays(30L - i)));
        }
    }
}
