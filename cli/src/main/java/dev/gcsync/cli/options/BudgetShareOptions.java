package dev.gcsync.cli.options;

import dev.gcsync.governor.GovernorConfig;
import picocli.CommandLine.Option;

/**
 * {@code --budget-share}: the part of every org-wide bucket gcsync may use. One option for the commands that
 * pace against the org's buckets ({@code apply}, {@code resume}) and the one that shows that pace
 * ({@code doctor}), so that doctor shows the pace the run will take.
 */
public final class BudgetShareOptions {
    @Option(
            names = "--budget-share",
            paramLabel = "SHARE",
            defaultValue = "0.4",
            description = "The part of every org-wide bucket gcsync may use (0 < SHARE <= 1); the rest is left to"
                    + " the Admin UI and the org's other integrations. Per-token buckets are used in full."
                    + " Default: ${DEFAULT-VALUE}.")
    public double budgetShare = GovernorConfig.DEFAULT_BUDGET_SHARE;

    /** {@code base} with this share, or a clear error when it is out of (0, 1]. */
    public GovernorConfig.Builder applyTo(GovernorConfig.Builder base) {
        if (!(budgetShare > 0 && budgetShare <= 1)) {
            throw new IllegalArgumentException("--budget-share must be above 0 and at most 1 (0.4 leaves 60% of an"
                    + " org-wide bucket to others), was " + budgetShare);
        }
        return base.budgetShare(budgetShare);
    }
}
