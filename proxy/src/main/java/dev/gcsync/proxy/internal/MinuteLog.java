package dev.gcsync.proxy.internal;

import dev.gcsync.proxy.TokenStats;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The once-a-minute summary: per token hash, requests answered and 429s absorbed and surfaced in the last
 * minute, plus the current pace. Keeps the previous totals of the tokens still reported to print differences
 * (an evicted token's are dropped). Thread safety: {@link #line()} is synchronized.
 */
public final class MinuteLog {
    private final Supplier<List<TokenStats>> stats;
    private final Map<String, long[]> previous = new HashMap<>();

    public MinuteLog(Supplier<List<TokenStats>> stats) {
        this.stats = stats;
    }

    public synchronized String line() {
        List<TokenStats> now = stats.get();
        previous.keySet().retainAll(now.stream().map(TokenStats::token).toList());
        if (now.isEmpty()) {
            return "gcsync proxy: no requests yet";
        }
        StringBuilder b = new StringBuilder("gcsync proxy:");
        for (TokenStats s : now) {
            long[] before = previous.getOrDefault(s.token(), new long[4]);
            long[] totals = {s.answeredTotal(), s.absorbed(), s.surfaced(), s.rejected()};
            b.append(String.format(
                    Locale.ROOT,
                    " [%s %d requests, %d 429s absorbed, %d surfaced, %d queue-full,"
                            + " pace %.1f/s of %.1f/s, %d waiting]",
                    s.token(),
                    totals[0] - before[0],
                    totals[1] - before[1],
                    totals[2] - before[2],
                    totals[3] - before[3],
                    s.pacedRate(),
                    s.allowedRate(),
                    s.waiting()));
            previous.put(s.token(), totals);
        }
        return b.toString();
    }
}
