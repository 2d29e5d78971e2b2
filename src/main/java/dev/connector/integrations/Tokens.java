package dev.connector.integrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Creation, hashing and constant-time comparison of ClientTokens, AccessTokens and API keys. */
public final class Tokens {

    private static final HexFormat HEX_UPPER = HexFormat.of().withUpperCase();
    private final SecureRandom random = new SecureRandom();

    /** A new token in the shape partners know from the demo tokens: 32 hex digits, a dash, 31 hex digits. */
    public String newToken() {
        byte[] first = new byte[16];
        byte[] second = new byte[16];
        random.nextBytes(first);
        random.nextBytes(second);
        return HEX_UPPER.formatHex(first) + "-" + HEX_UPPER.formatHex(second).substring(0, 31);
    }

    /** The lookup key stored beside a token, so that a token is found without comparing it to every row. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compares two tokens in time that does not depend on where they differ. */
    public static boolean same(String expected, String given) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
