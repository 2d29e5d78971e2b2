package dev.connector.loyalty;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Duration;
import java.time.Instant;

/** One free loyalty program per demo chain, {@code hotel.id("loyalty-program/1")}. */
public final class LoyaltyDemoSeed implements DemoSeed {

    private final LoyaltyProgramStore store;

    public LoyaltyDemoSeed(LoyaltyProgramStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        boolean uk = hotel.key().equals("uk");
        Instant created = tx.now().minus(Duration.ofDays(45));
        store.insert(tx.handle(), new LoyaltyProgram(hotel.id("loyalty-program/1"), hotel.chainId(),
                        uk ? "Thames Circle" : "Capitol Club", uk ? "THAMES" : "CAPITOL",
                        LoyaltyProgram.Type.Hotel, LoyaltyProgram.Subscription.Free),
                true, created, created.plus(Duration.ofDays(10)));
    }
}
