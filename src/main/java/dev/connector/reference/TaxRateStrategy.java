package dev.connector.reference;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a tax rate computes the tax, as the API's coproduct {@code {"Discriminator": ..., "Value": {...}}}:
 * a fraction of the net amount, a flat amount, or a fraction of the net amount plus other taxes.
 */
public record TaxRateStrategy(Kind discriminator, Data value) {

    /** The discriminator values. */
    public enum Kind {
        Relative,
        Flat,
        Dependent
    }

    /** The strategy's own data; its type always matches the discriminator. */
    public sealed interface Data permits Relative, Flat, Dependent {
    }

    /** Tax = rate x net amount. */
    public record Relative(BigDecimal value) implements Data {
    }

    /** Tax = a fixed amount in a currency (per unit, such as a room night). */
    public record Flat(String currencyCode, BigDecimal value) implements Data {
    }

    /** Tax = rate x (net amount + the taxes of the base taxations). */
    public record Dependent(BigDecimal value, List<String> baseTaxationCodes) implements Data {
        public Dependent {
            baseTaxationCodes = List.copyOf(baseTaxationCodes);
        }
    }

    public static TaxRateStrategy of(Data data) {
        Kind kind = switch (data) {
            case Relative relative -> Kind.Relative;
            case Flat flat -> Kind.Flat;
            case Dependent dependent -> Kind.Dependent;
        };
        return new TaxRateStrategy(kind, data);
    }

    /** The number the strategy applies: the rate, or the flat amount. */
    public BigDecimal amount() {
        return switch (value) {
            case Relative relative -> relative.value();
            case Flat flat -> flat.value();
            case Dependent dependent -> dependent.value();
        };
    }
}
