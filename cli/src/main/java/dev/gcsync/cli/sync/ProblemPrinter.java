package dev.gcsync.cli.sync;

import dev.gcsync.sync.problem.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints validation problems, one per line, each with its place, field, value and hint. */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static void print(PrintWriter err, List<Problem> problems, boolean skipping) {
        err.println((skipping ? "Skipping the entries with problems (--skip-invalid):" : "The desired state has "
                + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "; nothing was written:"));
        problems.forEach(p -> err.println("  " + p.describe()));
        err.flush();
    }
}
