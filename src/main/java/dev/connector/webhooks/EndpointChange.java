package dev.connector.webhooks;

/**
 * What a {@code PUT .../webhooks} asks for. URLs are replaced (null removes one). Token and SigningSecret are
 * {@link Keep} when absent, so that a registration read back (with masked secrets) can be sent again unchanged.
 */
record EndpointChange(String generalUrl, String integrationUrl, SecretChange token, SecretChange signingSecret) {

    /** What to do with a secret value. */
    sealed interface SecretChange {
    }

    record Keep() implements SecretChange {
    }

    record Remove() implements SecretChange {
    }

    record Set(String value) implements SecretChange {
    }

    /** Only for the signing secret: let the server create one and show it once. */
    record Generate() implements SecretChange {
    }
}
