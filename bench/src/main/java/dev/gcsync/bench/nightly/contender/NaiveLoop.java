package dev.gcsync.bench.nightly.contender;

import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.OAuthClient;
import java.io.IOException;
import java.util.List;

/**
 * The loop users run today, exactly as such scripts are written: sequential; for each user, one call per
 * change; on a 429 sleep {@code min(2^attempt + random(0,1), 60)} seconds (ignoring {@code Retry-After}),
 * {@code attempt} never reset, and move on to the next user — the one that failed is skipped. Any other
 * failure (5xx, dropped connection) also skips the user. The sleep is divided by the scenario's time scale,
 * as every real-time quantity is. An expired token is fetched again (the script would die otherwise).
 */
public final class NaiveLoop implements Contender {
    /** 60 s: the script's cap on one sleep. */
    static final double MAX_SLEEP_SECONDS = 60;

    private final OAuthClient client;

    /** With the emulator's default OAuth client. */
    public NaiveLoop() {
        this(OAuthClient.fullAdmin(EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET));
    }

    /** With an OAuth client of its own (another integration of the org). */
    public NaiveLoop(OAuthClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "naive-loop";
    }

    @Override
    public Outcome run(Arena arena) throws Exception {
        long start = arena.time().nanoTime();
        PlainHttp http = new PlainHttp(arena.baseUrl(), client);
        List<Entry> entries = Entry.delta(arena.desired());
        int attempt = 0;
        int skipped = 0;
        boolean capped = false;
        for (Entry entry : entries) {
            if (arena.pastDeadline()) {
                capped = true;
                break;
            }
            for (Change change : entry.changes()) {
                int status = status(http, change);
                if (status == 429) {
                    attempt++;
                    double sleep = sleepSeconds(attempt, arena.random().nextDouble())
                            / arena.scenario().timeScale();
                    arena.time().await((long) (sleep * 1e9));
                }
                if (status < 200 || status > 299) {
                    skipped++;
                    break;
                }
            }
        }
        double wall = (arena.time().nanoTime() - start) / 1e9;
        return new Outcome(
                wall,
                null,
                (capped ? "capped at " + arena.scenario().contenderCap().toSeconds() + " s; " : "") + skipped
                        + " users/queues skipped after an error");
    }

    /** {@code min(2^attempt + jitter, 60)} in real seconds, jitter in [0, 1). */
    static double sleepSeconds(int attempt, double jitter) {
        return Math.min(Math.pow(2, attempt) + jitter, MAX_SLEEP_SECONDS);
    }

    private static int status(PlainHttp http, Change change) throws InterruptedException {
        try {
            return http.send(change);
        } catch (IOException e) {
            return 0;
        }
    }
}
