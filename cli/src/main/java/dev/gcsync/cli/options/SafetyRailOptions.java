package dev.gcsync.cli.options;

import picocli.CommandLine.Option;

/** The limits beyond which {@code apply} refuses a plan unless forced. A limit is 0 or more; left out, its default. */
public final class SafetyRailOptions {
    @Option(names = "--max-removals", paramLabel = "N", converter = OptionValues.Count.class,
            description = "Refuse a plan removing more than N assignments (default: 10%% of listed users).")
    Integer maxRemovals;

    @Option(names = "--max-changed-users", paramLabel = "N", converter = OptionValues.Count.class,
            description = "Refuse a plan changing more than N users (default: no limit).")
    Integer maxChangedUsers;

    @Option(names = "--force", description = "Apply even beyond --max-removals and --max-changed-users.")
    public boolean force;

    /** The removal limit for {@code SyncOptions}: negative = its default, 10% of listed users. */
    public int maxRemovals() {
        return maxRemovals == null ? -1 : maxRemovals;
    }

    /** The changed-users limit for {@code SyncOptions}: negative = none. */
    public int maxChangedUsers() {
        return maxChangedUsers == null ? -1 : maxChangedUsers;
    }
}
