package dev.connector.console;

import dev.connector.api.NotFound;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the console's files from the class path under {@code /console/}: only known file types, only names made
 * of plain segments (so no request can climb out of the folder), each with its content type, an ETag to revalidate
 * against and a Content-Security-Policy that lets the pages load nothing but this server's own files.
 */
final class ConsoleFiles implements HttpRoutes {

    static final String PREFIX = "/console";

    /**
     * Scripts, styles, images and connections from this origin only; no inline script, no framing, no plugins.
     * {@code connect-src 'self'} covers the admin API and its event stream, over http or https alike.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json; charset=utf-8",
            "woff2", "font/woff2");

    /** Lowercase segments of letters, digits, dash and underscore, with one extension at the end. */
    private static final Pattern SAFE_NAME = Pattern.compile("([a-z0-9_-]+/)*[a-z0-9_-]+\\.[a-z0-9]+");

    private final ClassLoader loader;
    private final String root;
    /** Files read once: they cannot change inside a running jar. Empty for a name that has no file. */
    private final Map<String, Optional<StaticFile>> files = new ConcurrentHashMap<>();

    record StaticFile(byte[] bytes, String contentType, String etag) {
    }

    ConsoleFiles(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PREFIX, ctx -> ctx.redirect(PREFIX + "/"));
        routes.get(PREFIX + "/", ctx -> serve(ctx, "index.html"));
        routes.get(PREFIX + "/<name>", ctx -> serve(ctx, ctx.pathParam("name")));
    }

    private void serve(Context ctx, String name) {
        StaticFile file = file(name).orElseThrow(() -> new NotFound("The console has no file " + name + "."));
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        // Names carry no version, so the browser asks again each time; an unchanged file costs a 304 and no body.
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", file.etag());
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(file.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(file.contentType());
        ctx.result(file.bytes());
    }

    Optional<StaticFile> file(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return files.computeIfAbsent(name, this::load);
    }

    private Optional<StaticFile> load(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String contentType = CONTENT_TYPES.get(extension);
        if (contentType == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(root + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new StaticFile(bytes, contentType, etag(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the console file " + root + name, e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
