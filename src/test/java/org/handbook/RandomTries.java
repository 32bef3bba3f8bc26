package org.handbook;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Property tests on plain JUnit: a property runs for a number of tries, each drawing its inputs
 * from a generator seeded for that try alone, and a failing try names its seed, so one command
 * runs exactly that try again. (jqwik, the usual engine for this, asks since 1.10 not to be used
 * with AI coding agents, and agents write this project: this page stands in for it.)
 *
 * <p>{@code -Dhandbook.tries=N} sets the number of tries of the properties that run (the long
 * runs in {@code bench/fuzz-long.sh}); {@code -Dhandbook.seed=S} makes the first try's seed S (the
 * next ones S+1, S+2, ...), so {@code -Dhandbook.seed=S -Dhandbook.tries=1} repeats one try.
 */
public final class RandomTries {

    /** One try of a property, given the generator its inputs come from. */
    public interface Try {
        void run(RandomGenerator random) throws Exception;
    }

    private RandomTries() {
    }

    /** Runs {@code tries} tries of {@code property} (or {@code -Dhandbook.tries}); the first failure ends it, naming its seed. */
    public static void run(String property, int tries, Try body) {
        long first = Long.getLong("handbook.seed", System.nanoTime());
        int n = Integer.getInteger("handbook.tries", tries);
        for (int i = 0; i < n; i++) {
            long seed = first + i;
            try {
                body.run(new SplittableRandom(seed));
            } catch (Throwable e) {
                throw new AssertionError(property + ": try " + (i + 1) + " of " + n + " failed (again alone: -Dhandbook.seed=" + seed
                        + " -Dhandbook.tries=1): " + e.getMessage(), e);
            }
        }
    }

    /** One of {@code choices}, each as likely. */
    public static <T> T pick(RandomGenerator random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
