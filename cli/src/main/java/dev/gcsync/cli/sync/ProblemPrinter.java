package dev.gcsync.cli.sync;

import dev.gcsync.sync.problem.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints validation problems, one per line, each with its place, field, value and hint. */
final class ProblemPrinter {
    private ProblemPrinter() {}

    static void print(PrintWriter err, List<Problem> problems, boolean skipping) {
        err.println(
                (skipping
                        ? "Skipping the entries with problems (--skip-invalid):"
                        : "The desired state has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                                + "; nothing was written:"));
        problems.forEach(p -> err.println("  " + p.describe()));
        err.flush();
    }

    /** Prints warnings: entries left alone that do not stop the run (e.g. users inactive in Genesys Cloud). */
    static void warnings(PrintWriter err, List<Problem> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        err.println("Left alone (" + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")
                + "; nothing is sent for these):");
        warnings.forEach(p -> err.println("  " + p.describe()));
        err.flush();
    }
}
