package dev.connector.enterprises;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What {@code configuration/get} and {@code enterprises/getAll} both say of an enterprise; each of those shapes
 * writes these properties first, then its own.
 */
public record EnterpriseProfile(
        UUID id,
        String externalIdentifier,
        String holdingKey,
        UUID chainId,
        String chainName,
        Instant createdUtc,
        Instant updatedUtc,
        String name,
        String timeZoneIdentifier,
        String legalEnvironmentCode,
        String accommodationEnvironmentCode,
        String accountingEnvironmentCode,
        String taxEnvironmentCode,
        String defaultLanguageCode,
        String editableHistoryInterval,
        String accountingEditableHistoryInterval,
        String operationalEditableHistoryInterval,
        String websiteUrl,
        String email,
        String phone,
        UUID logoImageId,
        UUID coverImageId,
        PricingMode pricing,
        Integer taxPrecision,
        UUID addressId,
        EnterpriseAddress address,
        List<String> groupNames,
        EnterpriseSubscription subscription) {

    public static EnterpriseProfile of(Enterprise enterprise, EnterpriseSettings settings) {
        EnterpriseAddress address = EnterpriseAddress.of(enterprise, settings);
        return new EnterpriseProfile(enterprise.id(), enterprise.externalIdentifier(), settings.holdingKey(),
                enterprise.chainId(), enterprise.chainName(), enterprise.createdUtc(), enterprise.updatedUtc(),
                enterprise.name(), enterprise.timeZoneIdentifier(), settings.legalEnvironmentCode(),
                settings.accommodationEnvironmentCode(), settings.accountingEnvironmentCode(),
                enterprise.taxEnvironmentCode(), enterprise.languageCode(),
                settings.accountingEditableHistoryInterval(), settings.accountingEditableHistoryInterval(),
                settings.operationalEditableHistoryInterval(), enterprise.websiteUrl(), enterprise.email(),
                enterprise.phone(), null, null, enterprise.pricing(), settings.taxPrecision(), address.id(), address,
                settings.groupNames(), new EnterpriseSubscription(settings.taxIdentifier()));
    }
}
