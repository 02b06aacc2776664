package dev.gcsync.cli.sync;

import dev.gcsync.sync.desired.DesiredStateReader;
import java.io.PrintWriter;

/**
 * The desired-state files are checked before anything talks to the org: a file with problems is reported
 * offline, before signing in, and costs no request (also when the org cannot be reached). With
 * {@code --skip-invalid} the problems go on with the run, which applies the valid entries and reports the rest.
 */
final class FilesFirst {
    private FilesFirst() {}

    /** @return true when the command must stop here (the problems have been printed) */
    static boolean refuse(DesiredStateReader.Result read, boolean skipInvalid, PrintWriter err) {
        if (read.problems().isEmpty() || skipInvalid) {
            return false;
        }
        ProblemPrinter.print(err, read.problems().sorted(), false);
        err.println("(Found in the files before signing in: no request was sent. 'gcsync validate -f …' checks"
                + " files this way without credentials.)");
        err.flush();
        return true;
    }
}
