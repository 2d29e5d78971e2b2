package dev.connector.accounts;

import java.util.UUID;

/** Who created or last changed a record: an integration (no enterprise profile) or a staff member. */
public record ProfileData(String discriminator, EnterpriseProfileData enterpriseProfile) {

    /** A change made through the API by an integration. */
    public static ProfileData integration() {
        return new ProfileData("Integration", null);
    }

    /** A change made by a staff member with this enterprise profile. */
    public static ProfileData staff(UUID profileId) {
        return new ProfileData("Enterprise", new EnterpriseProfileData(profileId));
    }

    public record EnterpriseProfileData(UUID profileId) {
    }
}
