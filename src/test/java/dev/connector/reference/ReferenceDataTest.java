package dev.connector.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.api.ApiJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData reference = ReferenceData.load(ApiJson.create());

    @Test
    void every_tax_environment_names_its_country_in_alpha_3() {
        reference.taxes().environments().taxEnvironments()
                .forEach(environment -> assertThat(environment.countryCode()).hasSize(3));
    }

    @Test
    void rates_of_an_environment_are_found_by_its_code() {
        assertThat(reference.taxes().ratesOf("UK-2022")).extracting(TaxRate::code)
                .containsExactly("UK-2022-S", "UK-2022-R", "UK-2022-Z");
        assertThat(reference.taxes().ratesOf("US-DC")).extracting(TaxRate::code).contains("US-DC-S", "US-DC-H");
        assertThat(reference.taxes().ratesOf("nowhere")).isEmpty();
    }

    @Test
    void a_rate_value_equals_its_strategy_amount() {
        reference.taxes().taxations().taxRates()
                .forEach(rate -> assertThat(rate.value()).isEqualByComparingTo(rate.strategy().amount()));
        assertThat(reference.taxes().ratesOf("UK-2022").get(0).value()).isEqualByComparingTo(new BigDecimal("0.2"));
    }

    @Test
    void codes_are_looked_up() {
        assertThat(reference.countries().exists("GB")).isTrue();
        assertThat(reference.countries().exists("XX")).isFalse();
        assertThat(reference.countries().alpha3("US")).contains("USA");
        assertThat(reference.currencies().precision("JPY")).hasValue(0);
        assertThat(reference.currencies().exists("DEM")).isFalse();
        assertThat(reference.languages().exists("en-GB")).isTrue();
        assertThat(reference.taxes().environment("UK-2022")).isPresent();
    }

    @Test
    void every_country_in_a_group_or_subdivision_is_a_known_country() {
        CountryResult countries = reference.countries().all();
        countries.countryGroups().forEach(group -> group.countryCodes()
                .forEach(code -> assertThat(reference.countries().exists(code)).as(group.code() + " " + code).isTrue()));
        countries.countrySubdivisions()
                .forEach(subdivision -> assertThat(subdivision.code()).startsWith(subdivision.countryCode() + "-"));
    }
}
