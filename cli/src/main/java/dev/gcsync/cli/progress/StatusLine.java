package dev.gcsync.cli.progress;

import dev.gcsync.governor.GovernorMetrics;
import java.util.Locale;

/** The rate part of a progress display: {@code 49.8/50.0 req/s · 3 × 429 · paused 0s}. */
final class StatusLine {
    private StatusLine() {}

    static String rates(GovernorMetrics m) {
        String allowed = m.allowedRate() > 0 ? String.format(Locale.ROOT, "%.1f", m.allowedRate()) : "?";
        return String.format(
                Locale.ROOT,
                "%.1f/%s req/s · %d × 429 · paused %ds",
                m.effectiveRate(),
                allowed,
                m.throttled(),
                m.pausedNanos() / 1_000_000_000L);
    }
}
