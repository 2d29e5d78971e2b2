package dev.connector.webhooks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A verifier written from the Standard Webhooks description alone, independent of the server's signer: it
 * rebuilds the signed content byte by byte and compares raw digests.
 */
final class WebhookSignatures {

    private WebhookSignatures() {
    }

    /** True when one of the space-separated {@code v1,} signatures was made with {@code secret} over the request. */
    static boolean verifies(String secret, String id, String timestamp, String body, String signatureHeader) {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(id.getBytes(StandardCharsets.UTF_8));
        content.write('.');
        content.writeBytes(timestamp.getBytes(StandardCharsets.UTF_8));
        content.write('.');
        content.writeBytes(body.getBytes(StandardCharsets.UTF_8));
        byte[] expected;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            expected = hmac.doFinal(content.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        for (String candidate : signatures(signatureHeader)) {
            if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate))) {
                return true;
            }
        }
        return false;
    }

    /** The base64 parts of the {@code v1,} entries of a header. */
    static List<String> signatures(String header) {
        List<String> found = new ArrayList<>();
        for (String entry : header.trim().split(" +")) {
            if (entry.startsWith("v1,")) {
                found.add(entry.substring(3));
            }
        }
        return found;
    }
}
