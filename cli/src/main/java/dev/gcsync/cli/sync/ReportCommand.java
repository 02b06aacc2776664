package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.sync.engine.StoredReports;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.report.ReportFiles;
import dev.gcsync.sync.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcsync report RUN}: re-creates a run's report files from the journal. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Re-creates summary.json, users.csv and report.html of a past run from the journal.",
            "Exit codes: 0 written, 1 no such run (or no report yet) or the files cannot be written."
        },
        footer = {"", "Example:", "  gcsync report 12 --report-dir reports/run-12"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "Run id ('gcsync runs' lists them).")
    long runId;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Where to write (default: report-RUN).")
    Path reportDir;

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = ".gcsync",
            description = "Where the journal lives. Default: ${DEFAULT-VALUE}.")
    Path stateDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Journal journal = Journal.open(stateDir, Clock.systemUTC())) {
            var report = StoredReports.load(journal, runId);
            if (report.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("gcsync: run " + runId + " has no report in " + stateDir
                                + " (it may still be running, or never started); 'gcsync runs' lists the runs");
                return ExitCodes.FAILURE;
            }
            Path dir = reportDir != null ? reportDir : Path.of("report-" + runId);
            ReportFiles files = new ReportWriter().write(report.get(), dir);
            files.all().forEach(p -> out.println(p.toAbsolutePath()));
        }
        return ExitCodes.OK;
    }
}
