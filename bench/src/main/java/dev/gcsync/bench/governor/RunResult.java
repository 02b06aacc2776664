package dev.gcsync.bench.governor;

import java.util.Locale;

/**
 * What one client did in one scenario.
 *
 * @param wallSeconds from the first write to the last answer
 * @param requests    write requests the server saw (attempts, retries included)
 * @param throttled   429 answers the server sent to this client
 * @param failed      writes the client gave up on
 * @param confirmed   target users the server shows the write applied to
 */
record RunResult(
        String scenario,
        String client,
        int writes,
        double wallSeconds,
        double boundSeconds,
        long requests,
        long throttled,
        int failed,
        long confirmed) {

    double ratio() {
        return wallSeconds / boundSeconds;
    }

    double throttledShare() {
        return requests == 0 ? 0 : (double) throttled / requests;
    }

    String row() {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.1f s | %.1f s | %.3f× | %d | %d (%.2f%%) | %d | %d |",
                scenario,
                client,
                writes,
                wallSeconds,
                boundSeconds,
                ratio(),
                requests,
                throttled,
                100 * throttledShare(),
                failed,
                confirmed);
    }

    static String header() {
        return "| scenario | client | writes | wall | bound | wall ÷ bound | requests | 429s | failed | confirmed |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }
}
