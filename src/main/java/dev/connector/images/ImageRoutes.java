package dev.connector.images;

import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/**
 * {@code GET /media/images/{imageId}?Mode=&Width=&Height=}: the image as PNG, at the size {@code images/getUrls}
 * put in its URL. Public like a CDN address: whoever has the URL may download the image.
 */
final class ImageRoutes implements HttpRoutes {

    private final Transactions transactions;
    private final ImageStore store;
    private final ImageRenderer renderer;

    ImageRoutes(Transactions transactions, ImageStore store, ImageRenderer renderer) {
        this.transactions = transactions;
        this.store = store;
        this.renderer = renderer;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(ImageOperations.PATH + "{imageId}", this::serve);
    }

    private void serve(Context ctx) {
        UUID imageId;
        try {
            imageId = UUID.fromString(ctx.pathParam("imageId"));
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no image " + ctx.pathParam("imageId") + ".");
        }
        Integer width = number(ctx.queryParam("Width"), "Width");
        Integer height = number(ctx.queryParam("Height"), "Height");
        ResizeMode mode = mode(ctx.queryParam("Mode"));
        Image image = transactions.read(handle -> store.find(handle, imageId))
                .orElseThrow(() -> new NotFound("There is no image " + imageId + "."));
        byte[] png = renderer.png(image, width, height, mode);
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("image/png");
        ctx.result(png);
    }

    private static Integer number(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name + " must be a whole number of pixels, but was " + value + ".");
        }
        ImageOperations.side(parsed, name);
        return parsed;
    }

    private static ResizeMode mode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (ResizeMode mode : ResizeMode.values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new InvalidRequest("Mode must be Cover, CoverExact, Fit or FitExact, but was " + value + ".");
    }
}
