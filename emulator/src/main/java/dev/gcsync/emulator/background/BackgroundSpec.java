package dev.gcsync.emulator.background;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.BucketScope;
import dev.gcsync.emulator.RatePolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One background generator: the org's other integrations spending an org-scoped bucket at a {@link RateProfile},
 * as another OAuth client. Immutable and validated.
 *
 * @param bucket  the name of an org-scoped bucket of the policy
 * @param client  the OAuth client id its requests count for (default {@value #DEFAULT_CLIENT})
 * @param profile the rate profile's text form, e.g. {@code steps:0.25@0s;0.55@40s;0.05@80s}
 */
public record BackgroundSpec(String bucket, String client, String profile) {

    public static final String DEFAULT_CLIENT = "background";

    public BackgroundSpec {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("background: bucket must name an org-scoped bucket");
        }
        client = client == null || client.isBlank() ? DEFAULT_CLIENT : client;
        profile = RateProfile.parse(profile).toString();
    }

    /** The parsed profile. */
    public RateProfile rate() {
        return RateProfile.parse(profile);
    }

    /**
     * Parses {@code bucket=NAME,profile=PROFILE[,client=ID]}, e.g.
     * {@code bucket=user-routing-writes,profile=steps:0.25@0s;0.55@40s;0.05@80s}.
     */
    public static BackgroundSpec parse(String text) {
        String bucket = null;
        String client = null;
        String profile = null;
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq).trim();
            String value = eq < 0 ? "" : part.substring(eq + 1).trim();
            switch (key) {
                case "bucket" -> bucket = value;
                case "profile" -> profile = value;
                case "client" -> client = value;
                default ->
                    throw new IllegalArgumentException("background '" + text + "': unknown part '" + part
                            + "'; expected bucket=NAME,profile=PROFILE[,client=ID]");
            }
        }
        if (profile == null) {
            throw new IllegalArgumentException("background '" + text + "': profile=… is missing; expected"
                    + " bucket=NAME,profile=PROFILE[,client=ID]");
        }
        return new BackgroundSpec(bucket, client, profile);
    }

    /**
     * Checks generators against a policy: each names an org-scoped bucket of it, at most one per bucket.
     * Throws IllegalArgumentException naming the first that does not.
     */
    public static void check(List<BackgroundSpec> specs, RatePolicy policy) {
        Set<String> seen = new HashSet<>();
        for (BackgroundSpec s : specs) {
            var b = policy.bucket(s.bucket());
            if (b == null) {
                throw new IllegalArgumentException("background: no bucket named '" + s.bucket() + "' (buckets: "
                        + policy.buckets().stream().map(BucketRule::name).toList()
                        + "); add one with --bucket NAME:METHODS:/path:LIMIT:scope=org or use --profile org");
            }
            if (b.scope() != BucketScope.ORG) {
                throw new IllegalArgumentException("background: bucket '" + s.bucket() + "' has scope "
                        + b.scope().label() + "; background traffic shares only an org-scoped bucket (scope=org)");
            }
            if (!seen.add(s.bucket())) {
                throw new IllegalArgumentException("background: bucket '" + s.bucket() + "' is given twice");
            }
        }
    }
}
