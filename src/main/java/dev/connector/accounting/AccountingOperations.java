package dev.connector.accounting;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseSettingsStore;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.rates.Amount;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code accountingCategories/getAll}, {@code productCategories/getAll}, {@code counters/getAll},
 * {@code exchangeRates/getAll} and {@code ledgerBalances/getAll}.
 */
public final class AccountingOperations {

    /** Units of each currency one euro buys: the sandbox's fixed rates, so that conversions are reproducible. */
    private static final Map<String, BigDecimal> PER_EURO = Map.of(
            "EUR", BigDecimal.ONE, "GBP", new BigDecimal("0.85"), "USD", new BigDecimal("1.08"),
            "CZK", new BigDecimal("25.00"), "CHF", new BigDecimal("0.95"));

    private final Transactions transactions;
    private final AccountingStore store;
    private final EnterpriseStore enterprises;
    private final EnterpriseSettingsStore settings;
    private final LedgerBalances ledgers = new LedgerBalances();

    public AccountingOperations(Transactions transactions, AccountingStore store, EnterpriseStore enterprises,
                                EnterpriseSettingsStore settings) {
        this.transactions = transactions;
        this.store = store;
        this.enterprises = enterprises;
        this.settings = settings;
    }

    public record AccountingCategoriesRequest(Limitation limitation, List<UUID> enterpriseIds,
                                              List<UUID> accountingCategoryIds, TimeInterval updatedUtc,
                                              List<ActivityState> activityStates) {
    }

    public record AccountingCategoriesResult(List<AccountingCategory> accountingCategories, UUID cursor) {
    }

    public AccountingCategoriesResult accountingCategories(AccountingCategoriesRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.accountingCategoryIds(), 1000, "AccountingCategoryIds");
        Filter filter = Filter.where()
                .in("a.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("a.id", request.accountingCategoryIds())
                .within("a.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc",
                        TimeInterval.THREE_MONTHS))
                .eq("a.is_active", ActivityState.isActive(request.activityStates()));
        Page<AccountingCategory> page = transactions.read(handle -> store.accountingCategories(handle, filter,
                limitation));
        return new AccountingCategoriesResult(page.items(), page.cursor());
    }

    public record ProductCategoriesRequest(Limitation limitation, List<UUID> enterpriseIds,
                                           List<UUID> productCategoryIds, List<UUID> serviceIds,
                                           TimeInterval updatedUtc) {
    }

    public record ProductCategoriesResult(List<ProductCategory> productCategories, UUID cursor) {
    }

    public ProductCategoriesResult productCategories(ProductCategoriesRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.notEmpty(Require.present(request.serviceIds(), "ServiceIds"), "ServiceIds");
        Require.atMost(request.serviceIds(), 1000, "ServiceIds");
        Require.atMost(request.productCategoryIds(), 1000, "ProductCategoryIds");
        Filter filter = Filter.where()
                .in("p.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("p.service_id", request.serviceIds())
                .in("p.id", request.productCategoryIds())
                .within("p.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc",
                        TimeInterval.THREE_MONTHS));
        Page<ProductCategory> page = transactions.read(handle -> store.productCategories(handle, filter, limitation));
        return new ProductCategoriesResult(page.items(), page.cursor());
    }

    /** The counter kinds of the spec. */
    public enum CounterType {
        Counter, AccountingCounter, AvailabilityBlockCounter, BillCounter, BillPreviewCounter, FiscalCounter,
        ProformaCounter, RegistrationCardCounter, ServiceOrderCounter, CorrectionBillCounter,
        PaymentConfirmationBillCounter, CreditNoteBillCounter
    }

    public record CountersRequest(Limitation limitation, List<UUID> enterpriseIds, List<UUID> counterIds,
                                  CounterType type, TimeInterval updatedUtc) {
    }

    public record CountersResult(List<Counter> counters, List<Counter> billCounters, List<Counter> proformaCounters,
                                 List<Counter> billPreviewCounters, List<Counter> serviceOrderCounters,
                                 List<Counter> registrationCardCounters, UUID cursor) {
    }

    public CountersResult counters(CountersRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        Require.atMost(request.counterIds(), 1000, "CounterIds");
        Filter filter = Filter.where()
                .in("c.enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("c.id", request.counterIds())
                .eq("c.type", request.type() == null ? null : request.type().name())
                .within("c.updated_utc", TimeInterval.validate(request.updatedUtc(), "UpdatedUtc",
                        TimeInterval.THREE_MONTHS));
        Page<Counter> page = transactions.read(handle -> store.counters(handle, filter, limitation));
        List<Counter> counters = page.items();
        return new CountersResult(counters, ofType(counters, "BillCounter"), ofType(counters, "ProformaCounter"),
                ofType(counters, "BillPreviewCounter"), ofType(counters, "ServiceOrderCounter"),
                ofType(counters, "RegistrationCardCounter"), page.cursor());
    }

    private static List<Counter> ofType(List<Counter> counters, String type) {
        return counters.stream().filter(counter -> counter.type().equals(type)).toList();
    }

    public record ExchangeRatesRequest(List<UUID> ids, List<UUID> enterpriseIds) {
    }

    public record ExchangeRate(UUID id, UUID enterpriseId, String sourceCurrency, String targetCurrency,
                               BigDecimal value) {
    }

    public record ExchangeRatesResult(List<ExchangeRate> exchangeRates) {
    }

    /** From each accepted foreign currency into the enterprise's accounting currency, at the sandbox's fixed rates. */
    public ExchangeRatesResult exchangeRates(ExchangeRatesRequest request, Caller caller) {
        Require.atMost(request.ids(), 1000, "Ids");
        List<UUID> scope = caller.enterprises(request.enterpriseIds());
        List<ExchangeRate> rates = new ArrayList<>();
        transactions.read(handle -> {
            for (Enterprise enterprise : enterprises.byIds(handle, scope)) {
                String target = enterprise.currencyCode();
                for (String source : settings.of(handle, enterprise).acceptedCurrencyCodes()) {
                    if (source.equals(target) || !PER_EURO.containsKey(source) || !PER_EURO.containsKey(target)) {
                        continue;
                    }
                    BigDecimal value = PER_EURO.get(target).divide(PER_EURO.get(source), 6, RoundingMode.HALF_UP);
                    UUID id = UUID.nameUUIDFromBytes(("exchange-rate/" + enterprise.id() + "/" + source + "/" + target)
                            .getBytes(StandardCharsets.UTF_8));
                    if (request.ids() == null || request.ids().isEmpty() || request.ids().contains(id)) {
                        rates.add(new ExchangeRate(id, enterprise.id(), source, target, value));
                    }
                }
            }
            return null;
        });
        return new ExchangeRatesResult(rates);
    }

    public record DateInterval(String start, String end) {
    }

    public record LedgerBalancesRequest(Limitation limitation, List<UUID> enterpriseIds, DateInterval date,
                                        List<LedgerBalances.LedgerType> ledgerTypes) {
    }

    public record LedgerBalance(UUID enterpriseId, LocalDate date, LedgerBalances.LedgerType ledgerType,
                                Amount openingBalance, Amount closingBalance) {
    }

    public record LedgerBalancesResult(List<LedgerBalance> ledgerBalances, UUID cursor) {
    }

    public LedgerBalancesResult ledgerBalances(LedgerBalancesRequest request, Caller caller) {
        Limitation limitation = Limitation.required(request.limitation());
        DateInterval interval = Require.present(request.date(), "Date");
        LocalDate start = date(interval.start(), "Date.Start");
        LocalDate end = date(interval.end(), "Date.End");
        if (end.isBefore(start)) {
            throw new InvalidRequest("Date.End must not be before Date.Start.");
        }
        if (end.isAfter(start.plusMonths(1))) {
            throw new InvalidRequest("Date must not be longer than one month.");
        }
        List<LedgerBalances.LedgerType> types = Require.notEmpty(Require.present(request.ledgerTypes(), "LedgerTypes"),
                "LedgerTypes").stream().distinct().toList();
        List<UUID> scope = caller.enterprises(request.enterpriseIds());
        UUID after = limitation.cursorId();
        List<LedgerBalance> balances = new ArrayList<>();
        return transactions.read(handle -> {
            UUID last = null;
            boolean skipping = after != null;
            outer:
            for (Enterprise enterprise : enterprises.byIds(handle, scope)) {
                LedgerBalances.Totals opening = null;
                for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                    if (opening == null) {
                        opening = ledgers.totals(handle, enterprise, LedgerBalances.startOf(day, enterprise));
                    }
                    LedgerBalances.Totals closing = ledgers.totals(handle, enterprise,
                            LedgerBalances.startOf(day.plusDays(1), enterprise));
                    for (LedgerBalances.LedgerType type : types) {
                        UUID id = balanceId(enterprise.id(), day, type);
                        if (skipping) {
                            skipping = !id.equals(after);
                            continue;
                        }
                        if (balances.size() == limitation.count()) {
                            break outer;
                        }
                        balances.add(new LedgerBalance(enterprise.id(), day, type,
                                LedgerBalances.balance(type, opening, enterprise.currencyCode()),
                                LedgerBalances.balance(type, closing, enterprise.currencyCode())));
                        last = id;
                    }
                    opening = closing;
                }
            }
            return new LedgerBalancesResult(balances, last);
        });
    }

    private static UUID balanceId(UUID enterpriseId, LocalDate day, LedgerBalances.LedgerType type) {
        return UUID.nameUUIDFromBytes(("ledger-balance/" + enterpriseId + "/" + day + "/" + type)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate date(String value, String field) {
        Require.text(value, field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + " must be a date (YYYY-MM-DD).");
        }
    }
}
