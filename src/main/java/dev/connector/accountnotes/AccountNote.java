package dev.connector.accountnotes;

import dev.connector.accounts.AccountType;
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

    /** Who wrote or last changed a note: an integration (no enterprise profile) or a staff member. */
    public record ProfileData(String discriminator, EnterpriseProfileData enterpriseProfile) {

        static ProfileData integration() {
            return new ProfileData("Integration", null);
        }

        static ProfileData staff(UUID profileId) {
            return new ProfileData("Enterprise", new EnterpriseProfileData(profileId));
        }
    }

    public record EnterpriseProfileData(UUID profileId) {
    }
}
