package dev.connector.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a delivery the Standard Webhooks way: {@code v1,} + base64 HMAC-SHA256 over {@code id.timestamp.body},
 * one signature per active secret, separated by spaces. Stateless and thread-safe.
 */
final class WebhookSigner {

    private WebhookSigner() {
    }

    /** The {@code webhook-signature} header value for the given secrets (current first, then one in its grace period). */
    static String signatureHeader(List<SigningSecret> secrets, String messageId, long timestampSeconds, byte[] body) {
        return secrets.stream()
                .map(secret -> "v1," + sign(secret.key(), messageId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    static String sign(byte[] key, String messageId, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
