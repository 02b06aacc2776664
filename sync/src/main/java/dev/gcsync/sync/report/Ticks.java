package dev.gcsync.sync.report;

import java.util.Locale;

/** Round axis steps and their labels for the timeline chart. Pure. */
final class Ticks {

    /** Steps a reader can add up at a glance: 1 s up to a day. */
    private static final long[] SECOND_STEPS = {
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1_800, 3_600, 7_200, 10_800, 21_600, 43_200, 86_400
    };

    private Ticks() {}

    /** The smallest step of the form 1, 2 or 5 × 10ⁿ that covers {@code max} in at most {@code ticks} steps. */
    static double step(double max, int ticks) {
        double raw = max / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The smallest step of {@link #SECOND_STEPS} that covers {@code seconds} in at most {@code ticks} steps. */
    static long secondsStep(long seconds, int ticks) {
        for (long step : SECOND_STEPS) {
            if (seconds / step <= ticks) {
                return step;
            }
        }
        return (seconds / ticks / 86_400 + 1) * 86_400;
    }

    /** A rate label without needless decimals: {@code 5}, {@code 2.5}, {@code 0.25}. */
    static String label(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.replaceAll("\\.?0+$", "");
    }

    /** A time label: {@code 45s}, {@code 5m}, {@code 2h}, {@code 1h30m}. */
    static String time(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3_600) {
            return seconds % 60 == 0 ? seconds / 60 + "m" : seconds / 60 + "m" + seconds % 60 + "s";
        }
        long minutes = seconds % 3_600 / 60;
        return minutes == 0 ? seconds / 3_600 + "h" : seconds / 3_600 + "h" + minutes + "m";
    }
}
