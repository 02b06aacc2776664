package dev.gcsync.contract;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A scenario as one adapter played it: what the client got, what the server saw (requests by route and status,
 * its 429s, the writes applied per target), the virtual time it took and how many token governors the adapter
 * held after each step that asked. Equal transcripts: the two adapters answered the client alike.
 */
record Transcript(
        List<Seen> answers,
        Map<String, Long> serverByRouteAndStatus,
        long serverThrottled,
        Map<String, Long> writesApplied,
        Duration elapsed,
        List<Integer> governors) {

    List<Integer> statuses() {
        return answers.stream().map(Seen::status).toList();
    }
}
