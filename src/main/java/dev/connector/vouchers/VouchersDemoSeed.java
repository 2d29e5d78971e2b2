package dev.connector.vouchers;

import dev.connector.api.ActivityState;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.services.CatalogueIds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Per demo hotel: a public voucher ({@code voucher/1}, "Winter getaway") giving the non-refundable rate with three
 * codes (WINTER-{KEY}-1 valid, -2 expired, -3 deleted), and a company voucher ({@code voucher/2}) for the first demo
 * company with code CORP-{KEY}. Codes are {@code voucher-code/1..4}.
 */
public final class VouchersDemoSeed implements DemoSeed {

    private final VoucherStore store;

    VouchersDemoSeed(VoucherStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant created = tx.now().minus(Duration.ofDays(14));
        String key = hotel.key().toUpperCase();
        var nonRefundable = CatalogueIds.of(hotel.enterpriseId(), "rate/non-refundable");
        Voucher winter = new Voucher(hotel.id("voucher/1"), hotel.serviceId(), "Winter getaway", created, created,
                Voucher.Type.Public, ActivityState.Active, null, null, null, null, "VCH-" + key + "-1", true);
        store.insert(tx.handle(), new StoredVoucher(hotel.enterpriseId(), winter, List.of(nonRefundable)));
        Voucher corporate = new Voucher(hotel.id("voucher/2"), hotel.serviceId(), "Corporate agreement", created,
                created, Voucher.Type.PartnerCompany, ActivityState.Active, hotel.id("company/1"), null, null, null,
                "VCH-" + key + "-2", true);
        store.insert(tx.handle(), new StoredVoucher(hotel.enterpriseId(), corporate, List.of(nonRefundable)));

        store.insert(tx.handle(), hotel.enterpriseId(), new VoucherCode(hotel.id("voucher-code/1"), winter.id(),
                "WINTER-" + key + "-1", null, tx.now().plus(Duration.ofDays(120)), created, created, "Active", true));
        store.insert(tx.handle(), hotel.enterpriseId(), new VoucherCode(hotel.id("voucher-code/2"), winter.id(),
                "WINTER-" + key + "-2", created, tx.now().minus(Duration.ofDays(1)), created, created, "Active",
                true));
        store.insert(tx.handle(), hotel.enterpriseId(), new VoucherCode(hotel.id("voucher-code/3"), winter.id(),
                "WINTER-" + key + "-3", null, null, created, tx.now().minus(Duration.ofDays(3)), "Deleted", false));
        store.insert(tx.handle(), hotel.enterpriseId(), new VoucherCode(hotel.id("voucher-code/4"), corporate.id(),
                "CORP-" + key, null, null, created, created, "Active", true));
    }
}
