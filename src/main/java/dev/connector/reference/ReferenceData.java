package dev.connector.reference;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reference data of the API (countries, currencies, languages, tax environments and taxations), loaded
 * once at start from the JDK and the files under {@code reference/}, and the operations that serve it.
 * Immutable and thread-safe; other features use it to check codes (e.g. a country or a tax rate).
 */
public record ReferenceData(Countries countries, Currencies currencies, Languages languages, TaxCatalogue taxes) {

    /** Loads everything, failing fast with the file and entry at fault when a reference file is inconsistent. */
    public static ReferenceData load(ObjectMapper json) {
        Countries countries = Countries.load();
        Currencies currencies = Currencies.load();
        return new ReferenceData(countries, currencies, Languages.load(), TaxCatalogue.load(json, countries, currencies));
    }

}
