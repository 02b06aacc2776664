package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.BucketScope;
import dev.gcsync.emulator.WindowAlign;
import dev.gcsync.emulator.background.BackgroundSpec;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An org-scoped bucket on users' routing writes and queue-member writes, shared with the org's other
 * integrations (the emulator's background traffic), and the bounds the targets of issue 15 are measured against.
 *
 * <p>The busy night: the background wants {@code busy[0]} of the bucket, then {@code busy[1]} from a third of
 * the way, then {@code busy[2]} from two thirds; "the way" is the busy bound itself, so each step lasts a third
 * of it. The quiet night after: the background steady at {@code quiet}.
 *
 * <p>A client that leaves {@code share} of what the background leaves to others can write at
 * {@code share × (limit − background)} per window; the bound of W writes is the time that takes:
 * busy, with equal thirds: {@code 3 W window / (share × Σ (limit − busy_i × limit))}; quiet:
 * {@code W window / (share × (limit − quiet × limit))}.
 *
 * @param limit the bucket's limit per (compressed) window
 * @param busy  the background's three fractions of the limit on the busy night
 * @param quiet the background's fraction on the quiet night
 * @param share the fraction of what the background leaves that gcsync takes: its {@code --budget-share}
 * @param documented whether the org's limit namespaces list the bucket; Genesys publishes neither the paths nor
 *                   the values of its 2026 per-organisation limits, so s5-org leaves it out (learned from 429s)
 */
public record OrgLoad(int limit, List<Double> busy, double quiet, double share, boolean documented) {

    /** The bucket's name in the emulator and in the limit namespaces. */
    public static final String BUCKET = "org-writes";
    /** Users' routing writes (skills, languages) and queue-member writes: one org-wide bucket. */
    static final String PATHS = "/api/v2/users/*/routing|/api/v2/routing/queues/*/members";

    public OrgLoad {
        busy = List.copyOf(busy);
        if (limit < 1
                || busy.size() != 3
                || busy.stream().anyMatch(f -> f < 0 || f >= 1)
                || quiet < 0
                || quiet >= 1
                || !(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("org load: limit >= 1, three busy fractions and a quiet one in [0, 1),"
                    + " share in (0, 1]; was " + limit + ", " + busy + ", " + quiet + ", " + share);
        }
    }

    /** The org-scoped bucket: every write method on both families, windows of the scenario's window. */
    public BucketRule bucket() {
        return new BucketRule(
                BUCKET,
                Set.of("POST", "PUT", "PATCH", "DELETE"),
                PATHS,
                limit,
                false,
                BucketScope.ORG,
                WindowAlign.FIRST,
                null,
                !documented,
                null);
    }

    /** The busy night's bound of {@code writes} bucket writes, in seconds. */
    public double busyBoundSeconds(long writes, Duration window) {
        double left = busy.stream().mapToDouble(f -> limit - f * limit).sum();
        return 3.0 * writes * window.toMillis() / 1000.0 / (share * left);
    }

    /** The quiet night's bound of {@code writes} bucket writes, in seconds. */
    public double quietBoundSeconds(long writes, Duration window) {
        return writes * window.toMillis() / 1000.0 / (share * (limit - quiet * limit));
    }

    /** What a client with this share may write per window while the background takes {@code fraction}. */
    public double perWindow(double fraction) {
        return share * (limit - fraction * limit);
    }

    /** The busy night's background: the three steps at thirds of the busy bound. */
    public BackgroundSpec busyBackground(long writes, Duration window) {
        long third = Math.round(busyBoundSeconds(writes, window) * 1000 / 3);
        return new BackgroundSpec(
                BUCKET,
                null,
                String.format(
                        Locale.ROOT,
                        "steps:%s@0s;%s@%dms;%s@%dms",
                        busy.get(0),
                        busy.get(1),
                        third,
                        busy.get(2),
                        2 * third));
    }

    /** The quiet night's background. */
    public BackgroundSpec quietBackground() {
        return new BackgroundSpec(BUCKET, null, "steady:" + quiet);
    }
}
