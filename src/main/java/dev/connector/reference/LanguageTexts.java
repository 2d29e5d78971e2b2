package dev.connector.reference;

import dev.connector.api.InvalidRequest;
import dev.connector.api.Require;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code languages/getTexts}: the texts of {@code reference/texts.csv} in the requested languages, each missing
 * translation taken from the language's fallback (then en-US). The sandbox has one set of texts, served for every
 * Scope. Immutable and thread-safe.
 */
public final class LanguageTexts {

    private static final String DEFAULT_LANGUAGE = "en-US";
    private static final List<String> COLUMNS = List.of("en-US", "cs-CZ", "de-DE", "fr-FR", "es-ES");

    public record Request(List<String> languageCodes, String scope) {
        public Request {
            Require.notEmpty(languageCodes, "LanguageCodes");
            Require.atMost(languageCodes, 100, "LanguageCodes");
            Require.present(scope, "Scope");
        }
    }

    public record Texts(String languageCode, Map<String, String> texts) {
    }

    public record Result(List<Texts> languageTexts) {
    }

    private final Languages languages;
    /** Text by key, per language that has its own column. */
    private final Map<String, Map<String, String>> byLanguage;

    private LanguageTexts(Languages languages, Map<String, Map<String, String>> byLanguage) {
        this.languages = languages;
        this.byLanguage = byLanguage;
    }

    static LanguageTexts load(Languages languages) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (String[] row : ReferenceFiles.rows("texts.csv", COLUMNS.size() + 1)) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                byLanguage.computeIfAbsent(COLUMNS.get(i), code -> new LinkedHashMap<>()).put(row[0], row[i + 1]);
            }
        }
        for (String code : COLUMNS) {
            if (!languages.exists(code)) {
                throw new IllegalStateException("reference/texts.csv has a column for " + code
                        + ", which reference/languages.csv does not list.");
            }
        }
        return new LanguageTexts(languages, byLanguage);
    }

    public Result texts(Request request) {
        List<Texts> result = new ArrayList<>();
        for (int i = 0; i < request.languageCodes().size(); i++) {
            String code = request.languageCodes().get(i);
            if (!languages.exists(code)) {
                throw new InvalidRequest("LanguageCodes[" + i + "] " + code + " is not a language code of the API "
                        + "(see languages/getAll).");
            }
            result.add(new Texts(code, textsOf(code)));
        }
        return new Result(result);
    }

    /** The texts of the language: its own, or those of the first language along its fallbacks that has them. */
    private Map<String, String> textsOf(String code) {
        String current = code;
        for (int hops = 0; current != null && hops < 10; hops++) {
            Map<String, String> own = byLanguage.get(current);
            if (own != null) {
                return own;
            }
            current = languages.fallbackOf(current);
        }
        return byLanguage.get(DEFAULT_LANGUAGE);
    }
}
