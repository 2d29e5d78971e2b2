package dev.connector.enterprises;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One enterprise of {@code enterprises/getAll}, with the time it was linked to the caller's access token. */
public record PortfolioEnterprise(
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
        EnterpriseSubscription subscription,
        Instant linkedUtc) {

    public static PortfolioEnterprise of(Enterprise enterprise, EnterpriseSettings settings, Instant linkedUtc) {
        EnterpriseAddress address = EnterpriseAddress.of(enterprise, settings);
        return new PortfolioEnterprise(enterprise.id(), enterprise.externalIdentifier(), settings.holdingKey(),
                enterprise.chainId(), enterprise.chainName(), enterprise.createdUtc(), enterprise.updatedUtc(),
                enterprise.name(), enterprise.timeZoneIdentifier(), settings.legalEnvironmentCode(),
                settings.accommodationEnvironmentCode(), settings.accountingEnvironmentCode(),
                enterprise.taxEnvironmentCode(), enterprise.languageCode(),
                settings.accountingEditableHistoryInterval(), settings.accountingEditableHistoryInterval(),
                settings.operationalEditableHistoryInterval(), enterprise.websiteUrl(), enterprise.email(),
                enterprise.phone(), null, null, enterprise.pricing(), settings.taxPrecision(), address.id(), address,
                settings.groupNames(), new EnterpriseSubscription(settings.taxIdentifier()), linkedUtc);
    }
}
