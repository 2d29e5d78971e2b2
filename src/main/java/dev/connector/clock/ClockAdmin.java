package dev.connector.clock;

import dev.connector.admin.AdminJson;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.NotFound;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * {@code /admin/v1/enterprises/{id}/clock}: an enterprise's test clock, read ({@code GET}), set forward
 * ({@code PUT}), advanced ({@code POST .../advance}) and returned to real time ({@code DELETE}). Sandbox only.
 */
final class ClockAdmin implements HttpRoutes {

    private static final String PATH = "/admin/v1/enterprises/{id}/clock";

    /** {@code PUT} body: the time to move to, and whether the clock then stands still (default: it runs on). */
    record SetClock(Instant nowUtc, Boolean frozen) {
    }

    /** {@code POST .../advance} body: an ISO 8601 duration such as {@code PT2H} or {@code P1D}. */
    record Advance(String by) {
    }

    /** What every clock endpoint answers. */
    record ClockView(UUID enterpriseId, Instant nowUtc, ClockSetting.State state, boolean frozen) {

        static ClockView of(ClockSetting setting, Instant real) {
            return new ClockView(setting.enterpriseId(), setting.at(real), setting.state(), setting.frozen());
        }
    }

    private final TestClocks clocks;
    private final Transactions transactions;
    private final EnterpriseStore enterprises;
    private final EnterpriseTime time;
    private final boolean sandbox;
    private final AdminJson json;

    ClockAdmin(TestClocks clocks, Transactions transactions, EnterpriseStore enterprises, EnterpriseTime time,
               boolean sandbox, AdminJson json) {
        this.clocks = clocks;
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.time = time;
        this.sandbox = sandbox;
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH, ctx -> answer(ctx, clocks.view(enterprise(ctx))));
        routes.put(PATH, this::set);
        routes.post(PATH + "/advance", this::advance);
        routes.delete(PATH, ctx -> answer(ctx, clocks.remove(enterprise(ctx))));
    }

    private void set(Context ctx) {
        UUID enterpriseId = enterprise(ctx);
        SetClock body = json.read(ctx, SetClock.class);
        if (body.nowUtc() == null) {
            throw new InvalidRequest("NowUtc is required: the enterprise's new current time, e.g. 2030-01-01T10:00:00Z.");
        }
        answer(ctx, clocks.set(enterpriseId, body.nowUtc(), Boolean.TRUE.equals(body.frozen())));
    }

    private void advance(Context ctx) {
        UUID enterpriseId = enterprise(ctx);
        Advance body = json.read(ctx, Advance.class);
        answer(ctx, clocks.advance(enterpriseId, step(body.by())));
    }

    /** The move {@code By} describes: a time duration ({@code PT2H}, {@code P1DT6H}) or calendar days and more. */
    static UnaryOperator<Instant> step(String by) {
        if (by == null || by.isBlank()) {
            throw new InvalidRequest("By is required: an ISO 8601 duration such as PT2H or P1D.");
        }
        try {
            Duration duration = Duration.parse(by);
            if (duration.isNegative() || duration.isZero()) {
                throw notPositive(by);
            }
            return from -> within(() -> from.plus(duration), by);
        } catch (DateTimeException e) {
            try {
                Period period = Period.parse(by);
                if (period.isNegative() || period.isZero()) {
                    throw notPositive(by);
                }
                return from -> within(() -> from.atOffset(ZoneOffset.UTC).plus(period).toInstant(), by);
            } catch (DateTimeException notPeriod) {
                throw new InvalidRequest("By must be an ISO 8601 duration such as PT2H or P1D, not " + by + ".");
            }
        }
    }

    /** The moved time, or a 400 when {@code by} moves it past what a clock can show. */
    private static Instant within(Supplier<Instant> moved, String by) {
        try {
            Instant target = moved.get();
            if (!target.isAfter(TestClocks.LATEST)) {
                return target;
            }
        } catch (DateTimeException | ArithmeticException e) {
            // Falls through to the message below.
        }
        throw new InvalidRequest("By moves the clock too far: " + by + " goes beyond " + TestClocks.LATEST + ".");
    }

    private static InvalidRequest notPositive(String by) {
        return new InvalidRequest("By must be a positive duration: a clock only moves forward, and " + by
                + " does not.");
    }

    /** The enterprise named in the path: 403 outside the sandbox, 404 when there is none. */
    private UUID enterprise(Context ctx) {
        if (!sandbox) {
            throw new Forbidden("This server runs in production mode, where enterprises live on real time only.");
        }
        UUID enterpriseId = AdminJson.pathId(ctx, "id", "enterprise");
        if (transactions.read(handle -> enterprises.find(handle, enterpriseId)).isEmpty()) {
            throw new NotFound("There is no enterprise " + enterpriseId + ".");
        }
        return enterpriseId;
    }

    private void answer(Context ctx, ClockSetting setting) {
        json.write(ctx, 200, ClockView.of(setting, time.real().instant()));
    }
}
