package dev.connector.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks of registered webhook URLs, and the delivery address with the {@code Token} query parameter added. */
final class WebhookUrls {

    private WebhookUrls() {
    }

    /** Throws {@link IllegalArgumentException} naming {@code field} unless {@code url} is an absolute http(s) URL with a host. */
    static URI validate(String field, String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(field + " must be an http or https URL, not '" + url + "'.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(field + " must name a host, as in https://partner.example/webhooks.");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException(field + " must not contain a fragment (#...).");
        }
        return uri;
    }

    /** The URL to POST to: the registered one, with {@code Token=<token>} added beside any query it already has. */
    static URI deliveryAddress(String url, String token) {
        URI uri = URI.create(url.trim());
        if (token == null) {
            return uri;
        }
        String parameter = "Token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String query = uri.getRawQuery();
        String withToken = query == null || query.isEmpty() ? parameter : query + "&" + parameter;
        String text = uri.getScheme() + "://" + uri.getRawAuthority()
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + "?" + withToken;
        return URI.create(text);
    }
}
