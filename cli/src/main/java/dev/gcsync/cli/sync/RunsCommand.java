package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.sync.engine.StoredReports;
import dev.gcsync.sync.journal.Instants;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.RunInfo;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcsync runs}: the journal's runs, newest first. */
@Command(
        name = "runs",
        mixinStandardHelpOptions = true,
        description = {
            "Lists past runs from the journal, newest first.",
            "Exit codes: 0 listed (or no runs yet), 1 the journal cannot be read."
        },
        footer = {"", "Example:", "  gcsync runs --state-dir /srv/gcsync/.gcsync"})
public final class RunsCommand implements Callable<Integer> {
    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = ".gcsync",
            description = "Where the journal lives. Default: ${DEFAULT-VALUE}.")
    Path stateDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(stateDir.resolve("state.db"))) {
            out.println("No runs yet in " + stateDir + ".");
            return ExitCodes.OK;
        }
        try (Journal journal = Journal.open(stateDir, Clock.systemUTC())) {
            out.printf(
                    "%-5s %-20s %-10s %8s %8s %8s %8s %9s  %s%n",
                    "RUN", "STARTED (UTC)", "STATUS", "OPS", "DONE", "FAILED", "PENDING", "REQUESTS", "FILES");
            for (RunInfo r : journal.runs()) {
                // REQUESTS is the summary's figure (HTTP requests, reads and retries included): a run whose
                // process died has none ("-")
                String requests = StoredReports.summary(journal, r.id())
                        .map(sum -> Long.toString(sum.requests()))
                        .orElse("-");
                out.printf(
                        "%-5d %-20s %-10s %8d %8d %8d %8d %9s  %s%n",
                        r.id(),
                        Instants.seconds(r.startedAt()).replace(" UTC", ""),
                        r.status(),
                        r.ops().planned(),
                        r.ops().done(),
                        r.ops().failed(),
                        r.ops().pending(),
                        requests,
                        r.files());
                if (r.statusReason() != null) {
                    out.printf("%-5s %s%n", "", r.statusReason());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
