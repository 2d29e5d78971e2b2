package dev.connector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationOptionTest {

    @Test
    void short_forms_with_a_unit_are_read() {
        assertThat(DurationOption.parse("--x", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationOption.parse("--x", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationOption.parse("--x", "10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationOption.parse("--x", " 24H ")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationOption.parse("--x", "7d")).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void iso_8601_durations_are_read() {
        assertThat(DurationOption.parse("--x", "PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationOption.parse("--x", "p1dt2h")).isEqualTo(Duration.ofHours(26));
    }

    @Test
    void lists_are_comma_separated_and_none_or_blank_is_empty() {
        assertThat(DurationOption.parseList("--x", "1m,5m")).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5));
        assertThat(DurationOption.parseList("--x", "none")).isEmpty();
        assertThat(DurationOption.parseList("--x", " ")).isEmpty();
    }

    @Test
    void anything_else_is_refused_naming_the_option_and_the_value() {
        for (String wrong : new String[] {"5 seconds", "", "s", "-5s", "PT-5S", "1y", "99999999999999999999ms"}) {
            assertThatThrownBy(() -> DurationOption.parse("--webhook-timeout", wrong))
                    .as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--webhook-timeout")
                    .hasMessageContaining("'" + wrong + "'");
        }
        assertThatThrownBy(() -> DurationOption.parseList("--webhook-retry-delays", "1m,soon"))
                .hasMessageContaining("--webhook-retry-delays").hasMessageContaining("'soon'");
    }
}
