package dev.connector.vouchers;

import dev.connector.companies.CompaniesModule;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.rates.RatesModule;
import dev.connector.services.ServicesModule;

/** Vouchers and their codes; {@link #redemption()} lets bookings use a code to reach a voucher's rates. */
public final class VouchersModule implements FeatureModule {

    private final VoucherStore store;
    private final VoucherOperations vouchers;
    private final VoucherCodeOperations codes;
    private final VoucherRedemption redemption;

    public VouchersModule(Platform platform, ServicesModule services, CompaniesModule companies, RatesModule rates) {
        this.store = new VoucherStore(platform.documents());
        this.vouchers = new VoucherOperations(platform.transactions(), store, services.store(), companies.store(),
                services.catalogue(), rates.store(),
                platform.ids());
        this.codes = new VoucherCodeOperations(platform.transactions(), store, platform.ids());
        this.redemption = new VoucherRedemption(store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("vouchers/add", VoucherOperations.Add.class, vouchers::add)
                .operation("vouchers/getAll", VoucherOperations.GetAll.class, vouchers::getAll)
                .operation("vouchers/update", VoucherOperations.Update.class, vouchers::update)
                .operation("vouchers/delete", VoucherOperations.Delete.class, vouchers::delete)
                .operation("voucherCodes/add", VoucherCodeOperations.Add.class, codes::add)
                .operation("voucherCodes/getAll", VoucherCodeOperations.GetAll.class, codes::getAll)
                .operation("voucherCodes/delete", VoucherCodeOperations.Delete.class, codes::delete)
                .demoSeed(new VouchersDemoSeed(store));
    }

    /** How bookings check a voucher code and learn its voucher. */
    public VoucherRedemption redemption() {
        return redemption;
    }
}
