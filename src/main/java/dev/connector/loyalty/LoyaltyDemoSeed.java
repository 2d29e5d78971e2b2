package dev.connector.loyalty;

import dev.connector.accounts.ProfileData;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.loyalty.LoyaltyMembership.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * One free loyalty program per demo chain, {@code hotel.id("loyalty-program/1")}, with three tiers
 * ({@code loyalty-tier/1..3}: Silver, Gold, Platinum) and memberships of the first six demo guests
 * ({@code loyalty-membership/1..6}) in every state.
 */
public final class LoyaltyDemoSeed implements DemoSeed {

    private record Tier(String name, String code) {
    }

    private static final List<Tier> TIERS = List.of(new Tier("Silver", "SLV"), new Tier("Gold", "GLD"),
            new Tier("Platinum", "PLT"));
    private static final List<State> STATES = List.of(State.Enrolled, State.Enrolled, State.Enrolled, State.Pending,
            State.New, State.Canceled);

    private final LoyaltyProgramStore store;
    private final LoyaltyTierStore tiers;
    private final LoyaltyMembershipStore memberships;

    public LoyaltyDemoSeed(LoyaltyProgramStore store, LoyaltyTierStore tiers, LoyaltyMembershipStore memberships) {
        this.store = store;
        this.tiers = tiers;
        this.memberships = memberships;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        boolean uk = hotel.key().equals("uk");
        Instant created = tx.now().minus(Duration.ofDays(45));
        UUID programId = hotel.id("loyalty-program/1");
        store.insert(tx.handle(), new LoyaltyProgram(programId, hotel.chainId(),
                        uk ? "Thames Circle" : "Capitol Club", uk ? "THAMES" : "CAPITOL",
                        LoyaltyProgram.Type.Hotel, LoyaltyProgram.Subscription.Free),
                true, created, created.plus(Duration.ofDays(10)));
        for (int i = 0; i < TIERS.size(); i++) {
            tiers.insert(tx.handle(), hotel.chainId(), new LoyaltyTier(hotel.id("loyalty-tier/" + (i + 1)), programId,
                    TIERS.get(i).name(), TIERS.get(i).code(), i + 1), created.plus(Duration.ofDays(1)));
        }
        ProfileData reception = ProfileData.staff(hotel.id("profile/reception"));
        Instant expires = LocalDate.ofInstant(tx.now(), ZoneOffset.UTC).plusYears(2).withDayOfYear(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int n = 1; n <= STATES.size(); n++) {
            State state = STATES.get(n - 1);
            boolean enrolled = state == State.Enrolled;
            memberships.insert(tx.handle(), new LoyaltyMembership(hotel.id("loyalty-membership/" + n),
                    hotel.chainId(), hotel.id("customer/" + n), programId, state, true,
                    enrolled ? "PRV-" + hotel.key().toUpperCase() + "-" + (7000 + n) : null,
                    (uk ? "TC-" : "CC-") + (100200 + n), enrolled ? 1500 * n : 0, enrolled ? expires : null, null,
                    enrolled ? hotel.id("loyalty-tier/" + n) : null, reception, reception),
                    created.plus(Duration.ofDays(n)));
        }
    }
}
