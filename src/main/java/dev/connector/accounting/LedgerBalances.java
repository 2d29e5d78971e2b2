package dev.connector.accounting;

import dev.connector.enterprises.Enterprise;
import dev.connector.rates.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The running totals behind {@code ledgerBalances/getAll}, as of an instant: the balance of a ledger at a day's
 * start is its total of everything posted before the enterprise's local midnight, so a day's closing balance is its
 * opening balance plus what the day posted (for the Guest ledger: plus items, minus payments). Stateless.
 */
final class LedgerBalances {

    /** The ledgers, with the spec's names. */
    enum LedgerType {
        Revenue, Tax, Payment, Deposit, Guest, City, NonRevenue
    }

    /** Totals posted before an instant, in the enterprise currency; payments are positive here. */
    record Totals(BigDecimal itemsNet, BigDecimal itemsGross, BigDecimal payments, BigDecimal outletRevenueNet,
                  BigDecimal outletRevenueGross, BigDecimal outletNonRevenue, BigDecimal outletPayments) {
    }

    Totals totals(Handle handle, Enterprise enterprise, Instant before) {
        String id = enterprise.id().toString();
        long at = before.toEpochMilli();
        List<BigDecimal> items = handle.createQuery("""
                        SELECT COALESCE(SUM(COALESCE(net_value, gross_value)), 0) AS net,
                               COALESCE(SUM(gross_value), 0) AS gross
                        FROM order_items WHERE enterprise_id = :id AND accounting_state <> 'Canceled'
                          AND consumed_utc < :at""")
                .bind("id", id).bind("at", at)
                .map((rs, ctx) -> List.of(rs.getBigDecimal("net"), rs.getBigDecimal("gross")))
                .one();
        BigDecimal payments = handle.createQuery("""
                        SELECT COALESCE(SUM(gross_value), 0) FROM payments
                        WHERE enterprise_id = :id AND state = 'Charged' AND charged_utc < :at""")
                .bind("id", id).bind("at", at)
                .mapTo(BigDecimal.class).one().negate();
        List<BigDecimal> outlet = handle.createQuery("""
                        SELECT COALESCE(SUM(CASE WHEN type = 'Revenue' THEN net_value ELSE 0 END), 0) AS revenue_net,
                               COALESCE(SUM(CASE WHEN type = 'Revenue' THEN gross_value ELSE 0 END), 0) AS revenue_gross,
                               COALESCE(SUM(CASE WHEN type = 'NonRevenue' THEN gross_value ELSE 0 END), 0) AS non_revenue,
                               COALESCE(SUM(CASE WHEN type = 'Payment' THEN gross_value ELSE 0 END), 0) AS paid
                        FROM outlet_items WHERE enterprise_id = :id AND consumed_utc < :at""")
                .bind("id", id).bind("at", at)
                .map((rs, ctx) -> List.of(rs.getBigDecimal("revenue_net"), rs.getBigDecimal("revenue_gross"),
                        rs.getBigDecimal("non_revenue"), rs.getBigDecimal("paid")))
                .one();
        return new Totals(items.get(0), items.get(1), payments, outlet.get(0), outlet.get(1), outlet.get(2),
                outlet.get(3).negate());
    }

    static Instant startOf(LocalDate day, Enterprise enterprise) {
        return day.atStartOfDay(ZoneId.of(enterprise.timeZoneIdentifier())).toInstant();
    }

    /** The balance of one ledger given the totals. */
    static Amount balance(LedgerType type, Totals totals, String currency) {
        return switch (type) {
            case Revenue -> amount(currency, totals.itemsNet().add(totals.outletRevenueNet()),
                    totals.itemsGross().add(totals.outletRevenueGross()));
            case Tax -> {
                BigDecimal tax = totals.itemsGross().subtract(totals.itemsNet())
                        .add(totals.outletRevenueGross()).subtract(totals.outletRevenueNet());
                yield amount(currency, tax, tax);
            }
            case Payment -> amount(currency, totals.payments().add(totals.outletPayments()),
                    totals.payments().add(totals.outletPayments()));
            case Guest -> amount(currency, totals.itemsNet().subtract(totals.payments()),
                    totals.itemsGross().subtract(totals.payments()));
            case NonRevenue -> amount(currency, totals.outletNonRevenue(), totals.outletNonRevenue());
            case Deposit, City -> amount(currency, BigDecimal.ZERO, BigDecimal.ZERO);
        };
    }

    private static Amount amount(String currency, BigDecimal net, BigDecimal gross) {
        BigDecimal netMoney = net.setScale(2, RoundingMode.HALF_UP);
        BigDecimal grossMoney = gross.setScale(2, RoundingMode.HALF_UP);
        return new Amount(currency, netMoney, grossMoney, List.of(), new Amount.Breakdown(List.of()));
    }
}
