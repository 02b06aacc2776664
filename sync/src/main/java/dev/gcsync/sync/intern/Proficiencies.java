package dev.gcsync.sync.intern;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Boxed proficiencies without a new {@code Double} for each: {@link Double#valueOf(double)} caches nothing, and
 * a 100,000-user org holds about 500,000 proficiencies (16 bytes each boxed), almost all of them whole or half
 * numbers from 0 to 5 (the range Genesys Cloud accepts).
 */
public final class Proficiencies {
    /** 0, 0.5, 1, … 5: eleven values, shared. */
    private static final List<Double> HALVES =
            IntStream.rangeClosed(0, 10).mapToObj(i -> i / 2.0).toList();

    private Proficiencies() {}

    /** A shared instance for a whole or half number from 0 to 5; any other value boxed anew. */
    public static Double boxed(double value) {
        double twice = value * 2;
        if (twice >= 0 && twice < HALVES.size() && twice == Math.rint(twice) && !isNegativeZero(value)) {
            return HALVES.get((int) twice);
        }
        return value;
    }

    private static boolean isNegativeZero(double value) {
        return value == 0 && Double.doubleToRawLongBits(value) != 0;
    }
}
