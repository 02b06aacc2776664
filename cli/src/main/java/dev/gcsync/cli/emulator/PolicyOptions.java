package dev.gcsync.cli.emulator;

import dev.gcsync.cli.options.Durations;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.BulkCost;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.SpecDurations;
import dev.gcsync.emulator.background.BackgroundSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Rate-limit options; each one given overrides the profile's value. */
public final class PolicyOptions {
    @Option(names = "--rate", paramLabel = "N", description = "Requests per token per window (default 300).")
    Integer rate;

    @Option(
            names = "--window",
            paramLabel = "DURATION",
            converter = Durations.class,
            description = "Window length, 1s to 1h (default 60s).")
    Duration window;

    @Option(names = "--retry-after-date", description = "Send Retry-After as an HTTP-date instead of seconds.")
    boolean retryAfterDate;

    @Option(
            names = "--user-write-limit",
            paramLabel = "N",
            description = "Extra per-token bucket: writes under /api/v2/users/ per window (profile seed: 50).")
    Integer userWriteLimit;

    @Option(
            names = "--bucket",
            paramLabel = "SPEC",
            description = "Extra bucket, repeatable: name:METHODS:/path/prefix:limit[:advertised]"
                    + "[:scope=token|client|org]"
                    + "[:align=first|clock][:window=5s][:doc=yes|no][:ns=NAMESPACE], e.g."
                    + " queue-reads:GET:/api/v2/routing/queues:180:advertised (advertised: its answers' inin-ratelimit-*"
                    + " headers describe this bucket instead of the token's); a * in the path is one segment."
                    + " A bucket named like one of the profile's replaces it.")
    List<String> buckets;

    @Option(
            names = "--background",
            paramLabel = "SPEC",
            description = "Background traffic on an org-scoped bucket, repeatable: bucket=NAME,profile=PROFILE"
                    + "[,client=ID]; PROFILE steady:F, steps:F@T;F@T;... or bursts:F/PERIOD[+OFFSET], F a fraction of"
                    + " the bucket's limit per window, e.g."
                    + " bucket=user-routing-writes,profile=steps:0.25@0s;0.55@40s;0.05@80s")
    List<String> background;

    @Option(
            names = "--token-rate",
            paramLabel = "N/DURATION",
            description = "Token requests per OAuth client per window at /oauth/token, e.g. 10/60s; more get 429"
                    + " with Retry-After (default: unthrottled).")
    String tokenRate;

    @Option(
            names = "--undocumented-limits",
            description = "List no bucket in the org's limit namespaces (they can only be learned from 429s).")
    boolean undocumentedLimits;

    @Option(names = "--bare-429", description = "Answer 429s without inin-ratelimit-* headers (Retry-After only).")
    boolean bare429;

    @Option(names = "--org-limit", paramLabel = "N", description = "Requests per window across all tokens (0 = none).")
    Integer orgLimit;

    @Option(
            names = "--daily-limit",
            paramLabel = "N",
            description = "Requests per UTC day across all tokens (0 = none).")
    Integer dailyLimit;

    @Option(
            names = "--bulk-cost",
            paramLabel = "one|per-item",
            converter = BulkCostConverter.class,
            description = "What a bulk call costs against the limits (default one).")
    BulkCost bulkCost;

    public RatePolicy apply(Profile profile) {
        RatePolicy p = profile.policy();
        if (rate != null || window != null) {
            // Asking for a rate or window means asking for limits, even on top of profile unlimited.
            p = p.withLimit(rate == null ? p.limit() : rate, window == null ? p.window() : window)
                    .withEnabled(true);
        }
        if (retryAfterDate) {
            p = p.withRetryAfterDate(true);
        }
        if (userWriteLimit != null) {
            List<BucketRule> buckets = new ArrayList<>(p.buckets().stream()
                    .filter(b -> !b.name().equals("user-writes"))
                    .toList());
            if (userWriteLimit > 0) {
                buckets.add(BucketRule.userWrites(userWriteLimit));
            }
            p = p.withBuckets(buckets);
        }
        if (buckets != null) {
            List<BucketRule> all = new ArrayList<>(p.buckets());
            for (String spec : buckets) {
                BucketRule b = BucketRule.parse(spec);
                all.removeIf(old -> old.name().equals(b.name()));
                all.add(b);
            }
            p = p.withBuckets(all);
        }
        if (undocumentedLimits) {
            p = p.withBuckets(
                    p.buckets().stream().map(b -> b.withUndocumented(true)).toList());
        }
        if (tokenRate != null) {
            p = tokenRate(p);
        }
        if (bare429) {
            p = p.withBareRefusals(true);
        }
        if (orgLimit != null) {
            p = p.withOrgLimit(orgLimit);
        }
        if (dailyLimit != null) {
            p = p.withDailyLimit(dailyLimit);
        }
        if (bulkCost != null) {
            p = p.withBulkCost(bulkCost);
        }
        return p;
    }

    /** The background generators given with {@code --background}. */
    public List<BackgroundSpec> background() {
        return background == null
                ? List.of()
                : background.stream().map(BackgroundSpec::parse).toList();
    }

    private RatePolicy tokenRate(RatePolicy p) {
        int slash = tokenRate.indexOf('/');
        try {
            int n = Integer.parseInt(tokenRate
                    .substring(0, slash < 0 ? tokenRate.length() : slash)
                    .trim());
            Duration per = slash < 0 ? null : SpecDurations.parse(tokenRate.substring(slash + 1));
            return p.withTokenRate(n, per);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--token-rate '" + tokenRate + "': expected N/DURATION, e.g. 10/60s");
        }
    }
}
