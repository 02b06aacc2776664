package dev.gcsync.cli.options;

import dev.gcsync.sync.engine.SyncOptions;
import picocli.CommandLine.Option;

/** The limits beyond which {@code apply} refuses a plan unless forced. A limit is 0 or more; left out, its default. */
public final class SafetyRailOptions {
    @Option(
            names = "--max-removals",
            paramLabel = "N",
            converter = OptionValues.Count.class,
            description = "Refuse a plan removing more than N assignments (default: 10%% of listed users).")
    Integer maxRemovals;

    @Option(
            names = "--max-changed-users",
            paramLabel = "N",
            converter = OptionValues.Count.class,
            description = "Refuse a plan changing more than N users (default: no limit).")
    Integer maxChangedUsers;

    @Option(names = "--force", description = "Apply even beyond --max-removals and --max-changed-users.")
    public boolean force;

    /** {@code base} with the limits given here; a limit left out keeps {@code base}'s. */
    public SyncOptions applyTo(SyncOptions base) {
        SyncOptions options = base.withForce(base.force() || force);
        if (maxRemovals != null) {
            options = options.withMaxRemovals(maxRemovals);
        }
        return maxChangedUsers == null ? options : options.withMaxChangedUsers(maxChangedUsers);
    }
}
