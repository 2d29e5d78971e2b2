package dev.connector.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of 24 to 64 random bytes; those
 * decoded bytes are the HMAC key.
 */
public record SigningSecret(String text) {

    static final String PREFIX = "whsec_";
    private static final int GENERATED_BYTES = 32;

    public SigningSecret {
        byte[] key = decode(text);
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException(
                    "SigningSecret must hold 24 to 64 bytes after whsec_, this one holds " + key.length + ".");
        }
    }

    /** Reads a secret, throwing {@link IllegalArgumentException} with a message for the admin when it is malformed. */
    public static SigningSecret parse(String text) {
        return new SigningSecret(text);
    }

    static SigningSecret generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the decoded bytes after the prefix. */
    byte[] key() {
        return decode(text);
    }

    /** What the admin API shows instead of the secret: enough to tell two secrets apart, too little to sign. */
    String masked() {
        return PREFIX + "****" + text.substring(text.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static byte[] decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException(
                    "SigningSecret must be \"generate\" or whsec_ followed by the base64 of 24 to 64 random bytes.");
        }
        try {
            return Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SigningSecret is not valid base64 after whsec_: " + e.getMessage());
        }
    }
}
