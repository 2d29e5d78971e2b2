package dev.connector.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.api.ApiException;
import dev.connector.api.TooManyRequests;
import dev.connector.store.Database;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web server: API Operations, health, metrics and the routes features add, with errors mapped once. */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS);

    /**
     * The largest request body read, in bytes: room for the largest file {@code customers/addFile} takes (3 MiB,
     * which base64 makes 4 MiB); every other documented request stays far below it. A larger body is answered 413
     * before it is parsed, so it cannot cost much memory.
     */
    public static final long MAX_BODY_BYTES = 5L << 20;

    private final Javalin javalin;

    public ApiServer(OperationRouter router, ErrorResponses errors, Database database, PrometheusMeterRegistry meters,
                     ObjectMapper json, List<HttpRoutes> featureRoutes, ServerTuning tuning) {
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.router.ignoreTrailingSlashes = false;
            config.router.treatMultipleSlashesAsSingleSlash = false;
            config.router.caseInsensitiveRoutes = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.concurrency.useVirtualThreads = true;
            tuning.apply(config);
            var routes = config.routes;
            routes.before(RequestIds::assign);
            routes.get("/health", ctx -> {
                boolean up = database.isReachable();
                ctx.status(up ? 200 : 503).json(Map.of("Status", up ? "Healthy" : "Unhealthy", "Store", database.dialect().label()));
            });
            routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape()));
            for (HandlerType method : METHODS) {
                routes.addHttpHandler(method, OperationRouter.PREFIX + "<path>", router::handle);
            }
            featureRoutes.forEach(feature -> feature.addTo(routes));
            routes.exception(ApiException.class, (e, ctx) -> {
                if (e instanceof TooManyRequests tooMany) {
                    ctx.header("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
                }
                errors.write(ctx, e.status(), e.getMessage(), e.details());
            });
            routes.exception(OperationRouter.MethodNotAllowed.class,
                    (e, ctx) -> errors.write(ctx, 405, e.getMessage(), null));
            routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 413) {
                    // Javalin stops reading at the limit and says only "Content Too Large".
                    errors.write(ctx, 413, "The request body is larger than " + MAX_BODY_BYTES + " bytes.", null);
                } else {
                    errors.write(ctx, e.getStatus(), e.getMessage(), null);
                }
            });
            routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected failure of {} {} (request {})", ctx.method(), ctx.path(), RequestIds.of(ctx), e);
                errors.write(ctx, 500, "An unexpected error occurred.", e.getClass().getName() + ": " + e.getMessage());
            });
            routes.error(404, ctx -> {
                if (ctx.attribute(ErrorResponses.WRITTEN) == null) {
                    errors.write(ctx, 404, "There is nothing at " + ctx.path() + ".", null);
                }
            });
            routes.error(405, ctx -> {
                if (ctx.attribute(ErrorResponses.WRITTEN) == null) {
                    errors.write(ctx, 405, "The method " + ctx.method() + " is not allowed on " + ctx.path() + ".", null);
                }
            });
        });
    }

    public ApiServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
