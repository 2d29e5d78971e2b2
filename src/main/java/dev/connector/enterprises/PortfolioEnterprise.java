package dev.connector.enterprises;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** One enterprise of {@code enterprises/getAll}, with the time it was linked to the caller's access token. */
public record PortfolioEnterprise(@JsonUnwrapped EnterpriseProfile profile, Instant linkedUtc) {

    public static PortfolioEnterprise of(Enterprise enterprise, EnterpriseSettings settings, Instant linkedUtc) {
        return new PortfolioEnterprise(EnterpriseProfile.of(enterprise, settings), linkedUtc);
    }
}
