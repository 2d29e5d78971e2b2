package dev.connector.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The language-culture codes the API speaks, from {@code reference/languages.csv}. Immutable and thread-safe. */
public final class Languages {

    private final LanguageResult all;
    private final Set<String> codes;

    private Languages(LanguageResult all) {
        this.all = all;
        this.codes = all.languages().stream().map(LanguageResult.Language::code).collect(Collectors.toUnmodifiableSet());
    }

    public static Languages load() {
        List<LanguageResult.Language> languages = new ArrayList<>();
        for (String[] row : ReferenceFiles.rows("languages.csv", 4)) {
            languages.add(new LanguageResult.Language(row[0], row[1].isEmpty() ? null : row[1], row[2], row[3]));
        }
        Languages loaded = new Languages(new LanguageResult(languages));
        for (LanguageResult.Language language : languages) {
            if (language.fallbackLanguageCode() != null && !loaded.exists(language.fallbackLanguageCode())) {
                throw new IllegalStateException("reference/languages.csv: the fallback of " + language.code()
                        + " is not a listed language: " + language.fallbackLanguageCode());
            }
        }
        return loaded;
    }

    public LanguageResult all() {
        return all;
    }

    /** The fallback language of {@code code}, or null when it has none. */
    public String fallbackOf(String code) {
        return all.languages().stream()
                .filter(language -> language.code().equals(code))
                .map(LanguageResult.Language::fallbackLanguageCode)
                .findFirst()
                .orElse(null);
    }

    public boolean exists(String code) {
        return code != null && codes.contains(code);
    }
}
