package dev.connector.orders;

import dev.connector.api.InvalidRequest;
import dev.connector.enterprises.Enterprise;
import dev.connector.rates.Amount;
import dev.connector.reference.TaxCatalogue;
import dev.connector.reference.TaxRate;
import dev.connector.reference.TaxRateStrategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code AmountParameters} of a posting (currency, tax codes, exactly one of net or gross) into the
 * API's Amount, with the taxes of the enterprise's tax environment. Negative values (rebates) are allowed.
 * Stateless and thread-safe.
 */
public final class ChargedAmounts {

    /** The request shape shared by orders, outlet bills and products added to stays. */
    public record Parameters(String currency, List<String> taxCodes, BigDecimal netValue, BigDecimal grossValue) {

        public Parameters {
            if (currency == null || currency.isBlank()) {
                throw new InvalidRequest("Currency is required.");
            }
            if (taxCodes == null) {
                throw new InvalidRequest("TaxCodes is required (it may be empty for an untaxed amount).");
            }
        }
    }

    private final TaxCatalogue taxes;

    public ChargedAmounts(TaxCatalogue taxes) {
        this.taxes = taxes;
    }

    /** The amount of one unit, checked against the enterprise; {@code field} names the parameters in errors. */
    public Amount of(Parameters parameters, Enterprise enterprise, String field) {
        if (parameters == null) {
            throw new InvalidRequest(field + " is required.");
        }
        if (parameters.currency() == null || parameters.currency().isBlank()) {
            throw new InvalidRequest(field + ".Currency is required.");
        }
        if (!parameters.currency().equalsIgnoreCase(enterprise.currencyCode())) {
            throw new InvalidRequest(field + ".Currency must be " + enterprise.currencyCode() + ", the currency "
                    + enterprise.name() + " accounts in, not " + parameters.currency() + ".");
        }
        if (parameters.taxCodes() == null) {
            throw new InvalidRequest(field + ".TaxCodes is required (it may be empty for an untaxed amount).");
        }
        if ((parameters.netValue() == null) == (parameters.grossValue() == null)) {
            throw new InvalidRequest(field + " must have exactly one of NetValue and GrossValue.");
        }
        Map<String, BigDecimal> rates = rates(enterprise, parameters.taxCodes(), field);
        BigDecimal totalRate = rates.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = parameters.netValue() != null
                ? parameters.netValue()
                : parameters.grossValue().divide(BigDecimal.ONE.add(totalRate), 8, RoundingMode.HALF_UP);
        return build(enterprise.currencyCode(), net, rates, parameters.grossValue());
    }

    /** {@code unit} times {@code count}, taxes included. */
    public static Amount times(Amount unit, int count) {
        BigDecimal factor = BigDecimal.valueOf(count);
        List<Amount.TaxValue> taxValues = unit.taxValues().stream()
                .map(tax -> new Amount.TaxValue(tax.code(), money(tax.value().multiply(factor))))
                .toList();
        List<Amount.BreakdownItem> items = unit.breakdown().items().stream()
                .map(item -> new Amount.BreakdownItem(item.taxRateCode(), money(item.netValue().multiply(factor)),
                        money(item.taxValue().multiply(factor))))
                .toList();
        return new Amount(unit.currency(), money(unit.netValue().multiply(factor)),
                money(unit.grossValue().multiply(factor)), taxValues, new Amount.Breakdown(items));
    }

    private Map<String, BigDecimal> rates(Enterprise enterprise, List<String> codes, String field) {
        Map<String, BigDecimal> known = new LinkedHashMap<>();
        String environment = enterprise.taxEnvironmentCode();
        // Codes of the environment, and of the earlier environments it replaced (UK for UK-2022).
        taxes.environments().taxEnvironments().stream()
                .filter(candidate -> environment != null && (environment.equals(candidate.code())
                        || environment.startsWith(candidate.code() + "-")))
                .forEach(candidate -> taxes.ratesOf(candidate.code()).forEach(rate -> known.put(rate.code(),
                        relative(rate))));
        Map<String, BigDecimal> chosen = new LinkedHashMap<>();
        for (String code : codes) {
            if (!known.containsKey(code)) {
                throw new InvalidRequest(field + ".TaxCodes: " + code + " is not a tax code of the tax environment "
                        + environment + " of " + enterprise.name() + ".");
            }
            chosen.put(code, known.get(code));
        }
        return chosen;
    }

    private static BigDecimal relative(TaxRate rate) {
        return switch (rate.strategy().value()) {
            case TaxRateStrategy.Relative relative -> relative.value();
            case TaxRateStrategy.Dependent dependent -> dependent.value();
            case TaxRateStrategy.Flat flat -> BigDecimal.ZERO;
        };
    }

    private static Amount build(String currency, BigDecimal net, Map<String, BigDecimal> rates, BigDecimal gross) {
        BigDecimal netMoney = money(net);
        List<Amount.TaxValue> taxValues = new ArrayList<>();
        List<Amount.BreakdownItem> items = new ArrayList<>();
        BigDecimal taxTotal = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> rate : rates.entrySet()) {
            BigDecimal tax = money(net.multiply(rate.getValue()));
            taxTotal = taxTotal.add(tax);
            taxValues.add(new Amount.TaxValue(rate.getKey(), tax));
            items.add(new Amount.BreakdownItem(rate.getKey(), netMoney, tax));
        }
        if (rates.isEmpty()) {
            items.add(new Amount.BreakdownItem(null, netMoney, money(BigDecimal.ZERO)));
        }
        BigDecimal grossMoney = gross != null ? money(gross) : netMoney.add(taxTotal);
        // A stated gross value is kept exactly; rounding lands on the net value.
        BigDecimal netValue = gross != null ? grossMoney.subtract(taxTotal) : netMoney;
        return new Amount(currency, netValue, grossMoney, taxValues, new Amount.Breakdown(items));
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
