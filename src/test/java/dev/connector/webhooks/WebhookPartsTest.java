package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookPartsTest {

    @Test
    void signatures_match_the_published_standard_webhooks_example() {
        SigningSecret secret = SigningSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        String header = WebhookSigner.signatureHeader(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(header).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signing_secrets_must_be_whsec_and_24_to_64_bytes() {
        assertThatThrownBy(() -> SigningSecret.parse("secret")).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> SigningSecret.parse("whsec_" + base64(23))).hasMessageContaining("holds 23");
        assertThatThrownBy(() -> SigningSecret.parse("whsec_" + base64(65))).hasMessageContaining("holds 65");
        assertThatThrownBy(() -> SigningSecret.parse("whsec_not base64!")).hasMessageContaining("base64");
        assertThat(SigningSecret.parse("whsec_" + base64(24)).key()).hasSize(24);
        assertThat(SigningSecret.parse("whsec_" + base64(64)).key()).hasSize(64);
    }

    @Test
    void a_replaced_secret_signs_only_until_its_grace_period_ends() {
        SigningSecret current = SigningSecret.parse("whsec_" + base64(32));
        SigningSecret previous = SigningSecret.parse("whsec_" + base64(40));
        Instant expires = Instant.parse("2026-05-01T12:00:00Z");
        WebhookEndpoint endpoint = new WebhookEndpoint(null, "https://a.example", null, null, current, previous, expires, expires);

        assertThat(endpoint.activeSecrets(expires.minusSeconds(1))).containsExactly(current, previous);
        assertThat(endpoint.activeSecrets(expires)).containsExactly(current);
    }

    @Test
    void the_token_is_added_beside_the_query_the_url_already_has() {
        assertThat(WebhookUrls.deliveryAddress("https://partner.example/hooks?a=1&b=2", "t/k n"))
                .isEqualTo(URI.create("https://partner.example/hooks?a=1&b=2&Token=t%2Fk+n"));
        assertThat(WebhookUrls.deliveryAddress("https://partner.example", "abc"))
                .isEqualTo(URI.create("https://partner.example/?Token=abc"));
        assertThat(WebhookUrls.deliveryAddress("http://127.0.0.1:9000/x", null))
                .isEqualTo(URI.create("http://127.0.0.1:9000/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://partner.example/x", "partner.example/hooks", "http:///nohost", "https://partner.example/#frag",
        "http://exa mple.com"})
    void urls_that_are_not_absolute_http_with_a_host_are_refused(String url) {
        assertThatThrownBy(() -> WebhookUrls.validate("GeneralWebhookUrl", url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GeneralWebhookUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1"})
    void internal_addresses_are_recognised(String literal) throws UnknownHostException {
        assertThat(TargetGuard.isInternal(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "100.128.0.1", "172.32.0.1"})
    void public_addresses_are_not_internal(String literal) throws UnknownHostException {
        assertThat(TargetGuard.isInternal(InetAddress.getByName(literal))).isFalse();
    }

    @Test
    void the_guard_refuses_loopback_targets_unless_allowed() {
        URI loopback = URI.create("http://127.0.0.1:8080/hooks");

        assertThat(new TargetGuard(false).refusal(loopback)).contains("--allow-private-webhook-targets");
        assertThat(new TargetGuard(true).refusal(loopback)).isNull();
    }

    @Test
    void the_retry_policy_retries_after_each_delay_then_abandons() {
        List<Duration> delays = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5));
        Instant now = Instant.parse("2026-05-01T12:00:00Z");
        AttemptResult failure = new AttemptResult.Failure(500, "The receiver answered 500.");

        assertThat(DeliveryOutcome.after(failure, 1, now, delays)).isEqualTo(new DeliveryOutcome.RetryAt(now.plusSeconds(60)));
        assertThat(DeliveryOutcome.after(failure, 2, now, delays)).isEqualTo(new DeliveryOutcome.RetryAt(now.plusSeconds(300)));
        assertThat(DeliveryOutcome.after(failure, 3, now, delays)).isInstanceOf(DeliveryOutcome.Abandoned.class);
        assertThat(DeliveryOutcome.after(new AttemptResult.Success(204), 3, now, delays)).isEqualTo(new DeliveryOutcome.Delivered());
    }

    @Test
    void a_zero_batch_max_is_refused_naming_the_option() {
        assertThatThrownBy(() -> WebhookSettings.defaults().withBatching(Duration.ofMillis(100), 0))
                .hasMessageContaining("--webhook-batch-max");
    }

    private static String base64(int bytes) {
        byte[] key = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            key[i] = (byte) (i * 7 + 3);
        }
        return java.util.Base64.getEncoder().encodeToString(key);
    }
}
