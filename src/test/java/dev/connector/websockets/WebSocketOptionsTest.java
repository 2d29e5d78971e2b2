package dev.connector.websockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class WebSocketOptionsTest {

    @Command(name = "serve")
    static final class Serve {
        @Mixin
        WebSocketOptions options;
    }

    private static WebSocketSettings parse(String... args) {
        Serve serve = new Serve();
        new CommandLine(serve).parseArgs(args);
        return serve.options.toSettings();
    }

    @Test
    void without_options_the_settings_are_the_documented_defaults() {
        assertThat(parse()).isEqualTo(WebSocketSettings.defaults());
        assertThat(WebSocketSettings.defaults().pingInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebSocketSettings.defaults().queueLimit()).isEqualTo(10_000);
        assertThat(WebSocketSettings.defaults().retention()).isEqualTo(Duration.ofHours(24));
        assertThat(WebSocketSettings.defaults().tls()).isFalse();
    }

    @Test
    void durations_read_in_short_form_or_iso_8601() {
        WebSocketSettings settings = parse("--ws-ping-interval", "500ms", "--ws-retention", "2d",
                "--ws-poll-interval", "PT2S", "--ws-recheck-interval", "1m", "--ws-queue-limit", "50");

        assertThat(settings.pingInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.retention()).isEqualTo(Duration.ofDays(2));
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.recheckInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.queueLimit()).isEqualTo(50);
    }

    @Test
    void a_wrong_value_names_the_option_to_fix() {
        assertThatThrownBy(() -> parse("--ws-ping-interval", "soon"))
                .hasMessageContaining("--ws-ping-interval").hasMessageContaining("30s");
        assertThatThrownBy(() -> parse("--ws-queue-limit", "0")).hasMessageContaining("--ws-queue-limit");
        assertThatThrownBy(() -> parse("--ws-retention", "0s")).hasMessageContaining("--ws-retention");
        assertThatThrownBy(() -> parse("--tls-cert", "cert.pem")).hasMessageContaining("--tls-key");
    }
}
