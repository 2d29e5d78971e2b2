package dev.connector.accountnotes;

import dev.connector.accounts.AccountType;
import dev.connector.accounts.ProfileData;
import java.util.List;
import java.util.UUID;

/** A note about a customer or company as the API returns it, and as it is stored in {@code doc}. */
public record AccountNote(UUID id, UUID accountId, String content, AccountType accountType,
                          List<Classification> classifications, boolean isActive, ProfileData creatorProfile,
                          ProfileData updaterProfile) {

    /** What a note is about; companies take General only. */
    public enum Classification {
        General,
        FoodAndBeverage,
        FrontOffice,
        Reservations,
        Housekeeping,
        Maintenance,
        PreviousStay,
        FamilyRelations,
        Gifts,
        Accounting,
        Complaints,
        Other
    }
}
