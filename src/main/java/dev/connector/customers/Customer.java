package dev.connector.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer exactly as the API returns it (the current Customer schema), and as it is stored in the
 * {@code doc} column. Deprecated document properties are always null: identity documents have their own operations.
 */
public record Customer(
        UUID id,
        UUID chainId,
        String number,
        Title title,
        Sex sex,
        String firstName,
        String lastName,
        String secondLastName,
        String nationalityCode,
        String preferredLanguageCode,
        String languageCode,
        LocalDate birthDate,
        String birthPlace,
        String occupation,
        String email,
        boolean hasOtaEmail,
        String phone,
        String taxIdentificationNumber,
        String loyaltyCode,
        String accountingCode,
        String billingCode,
        String notes,
        String carRegistrationNumber,
        String dietaryRequirements,
        Instant createdUtc,
        Instant updatedUtc,
        Object passport,
        Object identityCard,
        Object visa,
        Object driversLicense,
        CustomerAddress address,
        UUID addressId,
        List<CustomerClassification> classifications,
        List<CustomerOption> options,
        String italianDestinationCode,
        String italianFiscalCode,
        UUID companyId,
        UUID mergeTargetId,
        String activityState,
        boolean isActive,
        List<SpaceFeature> preferredSpaceFeatures,
        UUID creatorProfileId,
        UUID updaterProfileId) {

    // The reference derives LanguageCode from the preferred language, else from the nationality's native language.
    private static final Map<String, String> NATIVE_LANGUAGES = Map.ofEntries(
            Map.entry("GB", "en-GB"), Map.entry("IE", "en-IE"), Map.entry("US", "en-US"), Map.entry("CA", "en-CA"),
            Map.entry("AU", "en-AU"), Map.entry("NZ", "en-NZ"), Map.entry("IN", "en-IN"), Map.entry("ZA", "en-ZA"),
            Map.entry("DE", "de-DE"), Map.entry("AT", "de-AT"), Map.entry("CH", "de-CH"), Map.entry("FR", "fr-FR"),
            Map.entry("BE", "fr-BE"), Map.entry("ES", "es-ES"), Map.entry("MX", "es-MX"), Map.entry("AR", "es-AR"),
            Map.entry("IT", "it-IT"), Map.entry("PT", "pt-PT"), Map.entry("BR", "pt-BR"), Map.entry("NL", "nl-NL"),
            Map.entry("CZ", "cs-CZ"), Map.entry("SK", "sk-SK"), Map.entry("PL", "pl-PL"), Map.entry("HU", "hu-HU"),
            Map.entry("SE", "sv-SE"), Map.entry("NO", "nb-NO"), Map.entry("DK", "da-DK"), Map.entry("FI", "fi-FI"),
            Map.entry("GR", "el-GR"), Map.entry("TR", "tr-TR"), Map.entry("JP", "ja-JP"), Map.entry("CN", "zh-CN"),
            Map.entry("KR", "ko-KR"), Map.entry("NG", "en-NG"), Map.entry("KE", "en-KE"), Map.entry("EG", "ar-EG"));

    public Customer {
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
        options = options == null ? List.of() : List.copyOf(options);
        preferredSpaceFeatures = preferredSpaceFeatures == null ? List.of() : List.copyOf(preferredSpaceFeatures);
    }

    /** A new, active customer created at {@code now} by {@code profileId}. */
    static Customer create(UUID id, UUID chainId, String number, Profile profile, Instant now, UUID profileId) {
        return assemble(id, chainId, number, profile, null, null, now, now, true, profileId, profileId);
    }

    /** This customer with a changed profile, updated at {@code now} by {@code profileId}. */
    Customer withProfile(Profile profile, Instant now, UUID profileId) {
        return assemble(id, chainId, number, profile, accountingCode, billingCode, createdUtc, now, isActive,
                creatorProfileId, profileId);
    }

    /** This customer marked as deleted (inactive) at {@code now}. */
    Customer deleted(Instant now) {
        return assemble(id, chainId, number, profile(), accountingCode, billingCode, createdUtc, now, false,
                creatorProfileId, updaterProfileId);
    }

    /** This customer as a response without its address object (the address id stays). */
    Customer withoutAddress() {
        if (address == null) {
            return this;
        }
        return new Customer(id, chainId, number, title, sex, firstName, lastName, secondLastName, nationalityCode,
                preferredLanguageCode, languageCode, birthDate, birthPlace, occupation, email, hasOtaEmail, phone,
                taxIdentificationNumber, loyaltyCode, accountingCode, billingCode, notes, carRegistrationNumber,
                dietaryRequirements, createdUtc, updatedUtc, passport, identityCard, visa, driversLicense, null,
                addressId, classifications, options, italianDestinationCode, italianFiscalCode, companyId,
                mergeTargetId, activityState, isActive, preferredSpaceFeatures, creatorProfileId, updaterProfileId);
    }

    Profile profile() {
        return new Profile(title, sex, firstName, lastName, secondLastName, nationalityCode, preferredLanguageCode,
                birthDate, birthPlace, occupation, email, phone, taxIdentificationNumber, loyaltyCode, notes,
                carRegistrationNumber, dietaryRequirements, address, classifications, options, preferredSpaceFeatures,
                italianDestinationCode, italianFiscalCode, companyId);
    }

    // Accounting and billing codes are set by accounts/update only; profile changes keep them.
    private static Customer assemble(UUID id, UUID chainId, String number, Profile p, String accountingCode,
                                     String billingCode, Instant createdUtc, Instant updatedUtc, boolean active,
                                     UUID creator, UUID updater) {
        return new Customer(id, chainId, number, p.title(), p.sex(), p.firstName(), p.lastName(), p.secondLastName(),
                p.nationalityCode(), p.preferredLanguageCode(), languageOf(p), p.birthDate(), p.birthPlace(),
                p.occupation(), p.email(), false, p.phone(), p.taxIdentificationNumber(), p.loyaltyCode(),
                accountingCode, billingCode, p.notes(), p.carRegistrationNumber(), p.dietaryRequirements(), createdUtc,
                updatedUtc, null, null, null, null, p.address(), p.address() == null ? null : p.address().id(), p.classifications(), p.options(),
                p.italianDestinationCode(), p.italianFiscalCode(), p.companyId(), null,
                active ? "Active" : "Deleted", active, p.preferredSpaceFeatures(), creator, updater);
    }

    private static String languageOf(Profile profile) {
        if (profile.preferredLanguageCode() != null) {
            return profile.preferredLanguageCode();
        }
        return nativeLanguage(profile.nationalityCode());
    }

    /** The usual language and culture code of a nationality, e.g. de-AT for AT; null when we do not know it. */
    static String nativeLanguage(String nationalityCode) {
        return nationalityCode == null ? null : NATIVE_LANGUAGES.get(nationalityCode);
    }
}
