package dev.connector.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How every duration in command-line options and environment variables is written: a whole number with {@code ms},
 * {@code s}, {@code m}, {@code h} or {@code d} (250ms, 30s, 10m, 24h, 7d), or ISO 8601 such as {@code PT30S}.
 * Errors name the option, so that a mistyped setting says which flag to fix.
 */
public final class DurationOption {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

    private DurationOption() {
    }

    /** Reads one duration given to {@code option}; throws IllegalArgumentException when it is not one. */
    public static Duration parse(String option, String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            Matcher shortForm = SHORT.matcher(value);
            if (shortForm.matches()) {
                long amount = Long.parseLong(shortForm.group(1));
                duration = switch (shortForm.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            } else {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw invalid(option, text);
        }
        if (duration.isNegative()) {
            throw invalid(option, text);
        }
        return duration;
    }

    /** Reads a comma-separated list of durations; an empty text or {@code none} is an empty list. */
    public static List<Duration> parseList(String option, String text) {
        List<Duration> durations = new ArrayList<>();
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return durations;
        }
        for (String part : text.split(",")) {
            durations.add(parse(option, part));
        }
        return durations;
    }

    private static IllegalArgumentException invalid(String option, String text) {
        return new IllegalArgumentException(
                option + " takes a duration such as 250ms, 30s, 10m, 24h, 7d or PT30S, not '" + text + "'");
    }
}
