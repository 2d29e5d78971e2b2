package dev.connector.bench;

/**
 * Load before anything counts, until the JIT has compiled what the load runs: rounds of {@value #ROUND_SECONDS} s
 * until {@value #FLAT_ROUNDS} rounds in a row fail to beat the best rate so far by more than 5%, or
 * {@value #MAX_ROUNDS} rounds have run. Two similar rounds are not enough: on two cores the JIT climbs in steps, with
 * plateaus of several rounds at half the final rate.
 */
final class WarmUp {

    static final int ROUND_SECONDS = 3;
    static final int MAX_ROUNDS = 20;
    static final int FLAT_ROUNDS = 3;

    /** One round of load of the given length; returns its rate. */
    @FunctionalInterface
    interface Round {
        double run(int seconds) throws Exception;
    }

    private WarmUp() {
    }

    /** Runs rounds until the rate settles. */
    static void untilSteady(Round round) throws Exception {
        double best = 0;
        int flat = 0;
        for (int done = 0; done < MAX_ROUNDS && flat < FLAT_ROUNDS; done++) {
            double rate = round.run(ROUND_SECONDS);
            if (rate > 1.05 * best) {
                best = rate;
                flat = 0;
            } else {
                flat++;
            }
        }
    }
}
