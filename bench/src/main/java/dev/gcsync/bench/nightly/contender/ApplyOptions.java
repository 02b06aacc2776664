package dev.gcsync.bench.nightly.contender;

import dev.gcsync.cli.GcsyncCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The options of issue 15 that an org scenario gives {@code gcsync apply}: a pool of tokens and a budget share.
 * An option this build does not have is left out (the share) or makes the row skip (the pool), and the note
 * says so. Immutable.
 *
 * @param tokens tokens of the pool; 1 = no {@code --tokens}
 * @param share  {@code --budget-share}, or null to leave gcsync's default
 */
record ApplyOptions(int tokens, Double share) {
    static final ApplyOptions NONE = new ApplyOptions(1, null);

    /** What apply gets. */
    List<String> args() {
        List<String> out = new ArrayList<>();
        if (tokens > 1) {
            out.addAll(List.of("--tokens", Integer.toString(tokens)));
        }
        if (share != null && applyHas("--budget-share")) {
            out.addAll(List.of("--budget-share", String.format(Locale.ROOT, "%s", share)));
        }
        return out;
    }

    /** What the table's note says about them ("" when nothing is asked). */
    String note() {
        if (share == null) {
            return "";
        }
        return applyHas("--budget-share")
                ? String.format(Locale.ROOT, "--budget-share %s", share)
                : "no --budget-share in this build (the bound assumes " + share + ")";
    }

    /** Whether {@code gcsync apply} of this build has the option. */
    static boolean applyHas(String option) {
        CommandLine apply =
                new CommandLine(new GcsyncCommand()).getSubcommands().get("apply");
        return apply != null && apply.getCommandSpec().findOption(option) != null;
    }
}
