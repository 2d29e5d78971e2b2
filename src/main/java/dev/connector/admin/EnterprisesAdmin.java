package dev.connector.admin;

import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseOnboarding;
import dev.connector.enterprises.NewEnterprise;
import dev.connector.enterprises.PricingMode;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code /admin/v1/enterprises}: open enterprises ready to take bookings, and list them. */
public final class EnterprisesAdmin implements HttpRoutes {

    /** One enterprise as the admin API shows it; {@code serviceId} is its stay service. */
    record EnterpriseView(UUID id, UUID chainId, String chainName, String name, UUID serviceId,
                          String externalIdentifier, String currencyCode, String timeZoneIdentifier,
                          PricingMode pricingMode, String countryCode, String taxEnvironmentCode,
                          String languageCode, String email, String phone, String websiteUrl, String addressLine1,
                          String city, String postalCode, Instant createdUtc) {

        static EnterpriseView of(EnterpriseOnboarding.Onboarded onboarded) {
            Enterprise e = onboarded.enterprise();
            return new EnterpriseView(e.id(), e.chainId(), e.chainName(), e.name(), onboarded.serviceId(),
                    e.externalIdentifier(), e.currencyCode(), e.timeZoneIdentifier(), e.pricing(), e.countryCode(),
                    e.taxEnvironmentCode(), e.languageCode(), e.email(), e.phone(), e.websiteUrl(),
                    e.addressLine1(), e.addressCity(), e.addressPostalCode(), e.createdUtc());
        }
    }

    record EnterpriseList(List<EnterpriseView> enterprises) {
    }

    private final EnterpriseOnboarding onboarding;
    private final AdminJson json;

    public EnterprisesAdmin(EnterpriseOnboarding onboarding, AdminJson json) {
        this.onboarding = onboarding;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/admin/v1/enterprises", this::create);
        routes.get("/admin/v1/enterprises", this::list);
    }

    private void create(Context ctx) {
        NewEnterprise request = json.read(ctx, NewEnterprise.class);
        json.write(ctx, 201, EnterpriseView.of(onboarding.create(request)));
    }

    private void list(Context ctx) {
        json.write(ctx, 200, new EnterpriseList(onboarding.all().stream().map(EnterpriseView::of).toList()));
    }
}
