package dev.connector.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.TimeInterval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tax environments, their taxations and rates, from {@code reference/taxes.json}, checked when loaded (unique
 * codes, known countries and currencies, dependent rates based on existing taxations). Immutable and thread-safe.
 */
public final class TaxCatalogue {

    /** The file's own shape: environments holding taxations holding rates. */
    record File(List<EnvironmentEntry> environments) {
    }

    record EnvironmentEntry(String code, String countryCode, Instant validityStartUtc, Instant validityEndUtc,
                            List<TaxationEntry> taxations) {
    }

    record TaxationEntry(String code, String name, String localName, List<RateEntry> rates) {
    }

    record RateEntry(String code, TaxRateStrategy.Kind strategy, BigDecimal value, String currencyCode,
                     List<String> baseTaxationCodes) {
    }

    private final TaxEnvironmentResult environments;
    private final TaxationResult taxations;
    private final Map<String, TaxEnvironmentResult.TaxEnvironment> environmentsByCode;
    private final Map<String, List<TaxRate>> ratesByEnvironment;

    private TaxCatalogue(TaxEnvironmentResult environments, TaxationResult taxations,
                         Map<String, List<TaxRate>> ratesByEnvironment) {
        this.environments = environments;
        this.taxations = taxations;
        Map<String, TaxEnvironmentResult.TaxEnvironment> byCode = new LinkedHashMap<>();
        environments.taxEnvironments().forEach(environment -> byCode.put(environment.code(), environment));
        this.environmentsByCode = Map.copyOf(byCode);
        this.ratesByEnvironment = Map.copyOf(ratesByEnvironment);
    }

    public static TaxCatalogue load(ObjectMapper json, Countries countries, Currencies currencies) {
        File file;
        try (InputStream stream = ReferenceFiles.open("taxes.json")) {
            file = json.readValue(stream, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference/taxes.json: " + e.getMessage(), e);
        }
        List<TaxEnvironmentResult.TaxEnvironment> environments = new ArrayList<>();
        List<TaxEnvironmentResult.EnvironmentTaxation> environmentTaxations = new ArrayList<>();
        List<TaxationResult.Taxation> taxations = new ArrayList<>();
        List<TaxRate> rates = new ArrayList<>();
        Map<String, List<TaxRate>> ratesByEnvironment = new LinkedHashMap<>();
        Set<String> taxationCodes = new HashSet<>();
        Set<String> rateCodes = new HashSet<>();
        for (EnvironmentEntry environment : file.environments()) {
            String alpha3 = countries.alpha3(environment.countryCode()).orElseThrow(() -> invalid(
                    "environment " + environment.code() + " names an unknown country " + environment.countryCode()));
            List<TimeInterval> validity = environment.validityStartUtc() == null && environment.validityEndUtc() == null
                    ? null
                    : List.of(new TimeInterval(environment.validityStartUtc(), environment.validityEndUtc()));
            List<TaxRate> environmentRates = new ArrayList<>();
            for (TaxationEntry taxation : environment.taxations()) {
                if (!taxationCodes.add(taxation.code())) {
                    throw invalid("taxation code " + taxation.code() + " appears twice");
                }
                taxations.add(new TaxationResult.Taxation(taxation.code(), taxation.name(), taxation.localName()));
                environmentTaxations.add(new TaxEnvironmentResult.EnvironmentTaxation(taxation.code(), environment.code(),
                        taxation.name(), taxation.localName()));
                for (RateEntry rate : taxation.rates()) {
                    if (!rateCodes.add(rate.code())) {
                        throw invalid("tax rate code " + rate.code() + " appears twice");
                    }
                    TaxRateStrategy strategy = TaxRateStrategy.of(strategyOf(rate, currencies));
                    environmentRates.add(new TaxRate(rate.code(), taxation.code(), rate.value(), validity, strategy));
                }
            }
            environments.add(new TaxEnvironmentResult.TaxEnvironment(environment.code(), alpha3,
                    environment.validityStartUtc(), environment.validityEndUtc(),
                    environment.taxations().stream().map(TaxationEntry::code).toList()));
            rates.addAll(environmentRates);
            if (ratesByEnvironment.put(environment.code(), List.copyOf(environmentRates)) != null) {
                throw invalid("environment code " + environment.code() + " appears twice");
            }
        }
        for (TaxRate rate : rates) {
            if (rate.strategy().value() instanceof TaxRateStrategy.Dependent dependent) {
                for (String base : dependent.baseTaxationCodes()) {
                    if (!taxationCodes.contains(base)) {
                        throw invalid("rate " + rate.code() + " depends on an unknown taxation " + base);
                    }
                }
            }
        }
        return new TaxCatalogue(new TaxEnvironmentResult(environments, environmentTaxations, rates),
                new TaxationResult(taxations, rates), ratesByEnvironment);
    }

    private static TaxRateStrategy.Data strategyOf(RateEntry rate, Currencies currencies) {
        if (rate.strategy() == null || rate.value() == null) {
            throw invalid("rate " + rate.code() + " needs a Strategy and a Value");
        }
        return switch (rate.strategy()) {
            case Relative -> new TaxRateStrategy.Relative(rate.value());
            case Flat -> {
                if (!currencies.exists(rate.currencyCode())) {
                    throw invalid("flat rate " + rate.code() + " names an unknown currency " + rate.currencyCode());
                }
                yield new TaxRateStrategy.Flat(rate.currencyCode(), rate.value());
            }
            case Dependent -> new TaxRateStrategy.Dependent(rate.value(),
                    rate.baseTaxationCodes() == null ? List.of() : rate.baseTaxationCodes());
        };
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException("reference/taxes.json: " + problem + ".");
    }

    public TaxEnvironmentResult environments() {
        return environments;
    }

    public TaxationResult taxations() {
        return taxations;
    }

    public Optional<TaxEnvironmentResult.TaxEnvironment> environment(String code) {
        return Optional.ofNullable(code == null ? null : environmentsByCode.get(code));
    }

    /** Every rate of the environment's taxations (empty for an unknown environment). */
    public List<TaxRate> ratesOf(String environmentCode) {
        return environmentCode == null ? List.of() : ratesByEnvironment.getOrDefault(environmentCode, List.of());
    }
}
