package dev.connector.reference;

import java.util.List;

/** The answer of {@code languages/getAll}. */
public record LanguageResult(List<Language> languages) {

    public LanguageResult {
        languages = List.copyOf(languages);
    }

    /** A language-culture code such as {@code en-GB}, its names, and the language shown when a text is missing. */
    public record Language(String code, String fallbackLanguageCode, String englishName, String localName) {
    }
}
