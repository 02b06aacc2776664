package dev.gcsync.sync.report;

import java.util.Locale;

/** How the console and the HTML page spell numbers, durations and exit codes (locale-independent). Pure. */
final class Figures {

    private Figures() {}

    /** {@code 12,345}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Requests per second with two decimals: {@code 4.98}. */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.2f", perSecond);
    }

    /** {@code part} as a whole percentage of {@code whole}, or empty when the whole is unknown (≤ 0). */
    static String percent(double part, double whole) {
        if (!(whole > 0) || Double.isNaN(part)) {
            return "";
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * part / whole);
    }

    /** {@code 12.3s} under a minute, else {@code 4m 05s} or {@code 1h 02m 03s}. */
    static String duration(double seconds) {
        if (Double.isNaN(seconds) || seconds < 0) {
            return "?";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm %02ds", s / 3600, s % 3600 / 60, s % 60);
    }

    /** What a gcsync exit code tells the operator (DESIGN.md, "Exit codes"). */
    static String exitMeaning(int exitCode) {
        return switch (exitCode) {
            case 0 -> "every user in the desired state";
            case 1 -> "some users failed or did not converge";
            case 2 -> "changes pending (plan)";
            case 3 -> "stopped early with work pending: run gcsync resume";
            default -> "unknown exit code";
        };
    }
}
