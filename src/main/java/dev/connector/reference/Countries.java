package dev.connector.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every ISO 3166-1 country the JDK knows, with its English name (the JDK's, unless country-names.csv spells it
 * out), plus the subdivisions, sovereignty of dependent territories and country groups from the reference
 * files. Immutable and thread-safe.
 */
public final class Countries {

    private final CountryResult all;
    private final Map<String, String> alpha3ByAlpha2;

    private Countries(CountryResult all, Map<String, String> alpha3ByAlpha2) {
        this.all = all;
        this.alpha3ByAlpha2 = Map.copyOf(alpha3ByAlpha2);
    }

    public static Countries load() {
        Set<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        Map<String, String> sovereigns = new HashMap<>();
        for (String[] row : ReferenceFiles.rows("sovereignty.csv", 2)) {
            requireCountry(codes, row[0], "sovereignty.csv");
            requireCountry(codes, row[1], "sovereignty.csv");
            sovereigns.put(row[0], row[1]);
        }
        Map<String, String> names = new HashMap<>();
        for (String[] row : ReferenceFiles.rows("country-names.csv", 2)) {
            requireCountry(codes, row[0], "country-names.csv");
            names.put(row[0], row[1]);
        }
        List<CountryResult.Country> countries = new ArrayList<>();
        Map<String, String> alpha3 = new HashMap<>();
        for (String code : codes) {
            Locale region = Locale.of("", code);
            countries.add(new CountryResult.Country(code, sovereigns.getOrDefault(code, code),
                    names.getOrDefault(code, region.getDisplayCountry(Locale.ENGLISH))));
            alpha3.put(code, region.getISO3Country());
        }

        List<CountryResult.CountrySubdivision> subdivisions = new ArrayList<>();
        for (String[] row : ReferenceFiles.rows("subdivisions.csv", 2)) {
            String countryCode = row[0].substring(0, Math.max(0, row[0].indexOf('-')));
            requireCountry(codes, countryCode, "subdivisions.csv (" + row[0] + ")");
            subdivisions.add(new CountryResult.CountrySubdivision(row[0], countryCode, row[1]));
        }

        List<CountryResult.CountryGroup> groups = new ArrayList<>();
        for (String[] row : ReferenceFiles.rows("country-groups.csv", 3)) {
            List<String> members = List.of(row[2].split("\\s+"));
            members.forEach(member -> requireCountry(codes, member, "country-groups.csv (" + row[0] + ")"));
            groups.add(new CountryResult.CountryGroup(row[0], row[1], members));
        }
        return new Countries(new CountryResult(countries, subdivisions, List.of(), groups), alpha3);
    }

    private static void requireCountry(Set<String> codes, String code, String where) {
        if (!codes.contains(code)) {
            throw new IllegalStateException("reference/" + where + " names an unknown country code: " + code);
        }
    }

    public CountryResult all() {
        return all;
    }

    /** Whether {@code code} is a known ISO 3166-1 alpha-2 code. */
    public boolean exists(String code) {
        return code != null && alpha3ByAlpha2.containsKey(code);
    }

    /** The ISO 3166-1 alpha-3 code of an alpha-2 code, e.g. {@code GBR} for {@code GB}. */
    public Optional<String> alpha3(String alpha2) {
        return Optional.ofNullable(alpha2 == null ? null : alpha3ByAlpha2.get(alpha2));
    }
}
