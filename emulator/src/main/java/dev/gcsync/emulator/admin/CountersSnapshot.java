package dev.gcsync.emulator.admin;

import dev.gcsync.emulator.background.BackgroundCounts;
import java.util.Map;

/**
 * What the server saw since start or the last reset.
 *
 * @param requests          API requests answered (including 401, 404, 429 and injected faults)
 * @param byRouteAndStatus  "GET /api/v2/users/{userId} 200" → count
 * @param throttled         429 answers
 * @param byToken           token label → API requests
 * @param throttledByToken  token label → 429 answers
 * @param writes            "op target" → times applied, e.g. "PATCH_USER &lt;userId&gt;" or
 *                          "QUEUE_MEMBER_ADD &lt;queueId&gt;/&lt;userId&gt;": a count above 1 shows an op applied twice
 * @param faults            fault kind → times injected
 * @param background        background traffic by bucket name: its requests and 429s (not in the counts above)
 * @param firstWriteMillis  emulator-clock time of the first API write answered 2xx (0: none yet)
 * @param lastWriteMillis   emulator-clock time of the last API write answered 2xx (0: none yet)
 */
public record CountersSnapshot(
        long requests,
        Map<String, Long> byRouteAndStatus,
        long throttled,
        Map<String, Long> byToken,
        Map<String, Long> throttledByToken,
        Map<String, Long> writes,
        Map<String, Long> faults,
        Map<String, BackgroundCounts> background,
        long firstWriteMillis,
        long lastWriteMillis) {

    public CountersSnapshot {
        background = background == null ? Map.of() : Map.copyOf(background);
    }

    /** Without background traffic. */
    public CountersSnapshot(
            long requests,
            Map<String, Long> byRouteAndStatus,
            long throttled,
            Map<String, Long> byToken,
            Map<String, Long> throttledByToken,
            Map<String, Long> writes,
            Map<String, Long> faults) {
        this(requests, byRouteAndStatus, throttled, byToken, throttledByToken, writes, faults, Map.of(), 0, 0);
    }

    /** This snapshot with the background traffic's counts. */
    public CountersSnapshot withBackground(Map<String, BackgroundCounts> counts) {
        return new CountersSnapshot(
                requests,
                byRouteAndStatus,
                throttled,
                byToken,
                throttledByToken,
                writes,
                faults,
                counts,
                firstWriteMillis,
                lastWriteMillis);
    }

    /** Requests with this method, route template and status, e.g. {@code count("GET /api/v2/users", 200)}. */
    public long count(String routeTemplate, int status) {
        return byRouteAndStatus.getOrDefault(routeTemplate + " " + status, 0L);
    }

    /** How many times a write op was applied to a target. */
    public long writes(String op, String target) {
        return writes.getOrDefault(op + " " + target, 0L);
    }
}
